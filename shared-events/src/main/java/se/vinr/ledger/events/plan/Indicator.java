package se.vinr.ledger.events.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import se.vinr.ledger.events.common.PlanCode;

/**
 * A measure the plan follows up: its baseline (nuläge) and target (målvärde) where the plan gives them, whether
 * higher or lower is better, and where its values come from. The definition belongs to the revision that contains
 * it, so a value is judged against the definition in force on the value's date. An indicator that names no source
 * is kept by hand ({@link IndicatorSource.Kind#MANUAL}).
 */
public record Indicator(@PlanCode String code, @Size(max = 4000) String name, @Size(max = 200) String unit,
                        @Valid Measure baseline, @Valid Measure target, Direction direction,
                        @Valid IndicatorSource source, @Size(max = 4000) String description) {

    public Indicator {
        source = source == null ? IndicatorSource.MANUAL : source;
    }
}
