package se.vinr.ledger.query.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.ComplianceAnswer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One value of an indicator's series, judged on its own date against the definition in force then. */
public record IndicatorPoint(
        LocalDate date,
        @Schema(description = "The number; null for a compliance answer") BigDecimal value,
        @Schema(description = "The answer of a COMPLIANCE indicator") ComplianceAnswer answer,
        String evidence,
        String note,
        @Schema(description = "Where a value recorded by hand was taken from") Source source,
        IndicatorStatus status,
        NoDataReason noDataReason,
        BigDecimal progressPercent,
        BigDecimal expectedProgressPercent,
        @Schema(description = "The revision whose definition of the indicator judged the value: the one in force "
                + "on the value's date") int judgedByRevision) {

    static IndicatorPoint of(Reading reading, Judgement judgement, int judgedByRevision) {
        return new IndicatorPoint(reading.date(), reading.value(), reading.answer(), reading.evidence(),
                reading.note(), reading.source(), judgement.status(), judgement.reason(),
                judgement.progressPercent(), judgement.expectedProgressPercent(), judgedByRevision);
    }
}
