package se.vinr.ledger.query.indicator;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The indicators of a municipality's plans (by start of period) as of a date. */
public record MunicipalityIndicators(
        String municipalityId,
        LocalDate asOf,
        Instant knownAt,
        @Schema(description = "The start of the series as asked; null: the defaults apply") LocalDate from,
        @Schema(description = "The end of the series as asked; null: asOf") LocalDate to,
        List<PlanIndicators> plans) {
}
