package se.vinr.ledger.query.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vinr.ledger.events.plan.ComplianceAnswer;
import se.vinr.ledger.events.plan.Direction;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.Measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator as defined by the revision in force, with its current value (the latest on or before asOf) judged
 * on asOf, and its series.
 */
public record IndicatorView(
        String code,
        String name,
        String unit,
        String description,
        Measure baseline,
        Measure target,
        Direction direction,
        @Schema(description = "Where the values come from: kind (MANUAL, COMPLIANCE or a kind computed from the "
                + "ledger) and the kind's parameters") IndicatorSource source,
        @Schema(description = "The current value; null without one or for a compliance answer") BigDecimal value,
        ComplianceAnswer answer,
        String evidence,
        @Schema(description = "The date of the current value") LocalDate valueDate,
        @Schema(description = "The current value judged on asOf (see README, 'Indicator status')")
        IndicatorStatus status,
        @Schema(description = "Why the status is NO_DATA") NoDataReason noDataReason,
        @Schema(description = "(value - baseline) / (target - baseline) in percent") BigDecimal progressPercent,
        @Schema(description = "The straight line's progress from baseline to target on the value's date")
        BigDecimal expectedProgressPercent,
        @Schema(description = "The revision whose definition judged the current value: the one in force on its "
                + "date") int judgedByRevision,
        @Schema(description = "The values from 'from' to 'to': each recorded one, or for computed kinds the value at "
                + "each month end and on asOf") List<IndicatorPoint> series) {

    public IndicatorView {
        series = List.copyOf(series);
    }
}
