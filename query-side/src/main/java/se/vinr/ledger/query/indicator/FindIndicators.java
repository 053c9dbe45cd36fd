package se.vinr.ledger.query.indicator;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.query.PointInTime;

import java.time.LocalDate;

/**
 * The indicators of a municipality's plans, or of one plan ({@code planId}, null: all), with their series from
 * {@code from} to {@code to} (either may be null: recorded values from the first, computed ones from the plan's
 * period start; up to asOf).
 */
public record FindIndicators(MunicipalityId municipalityId, PlanId planId, LocalDate from, LocalDate to,
                             PointInTime at) {
}
