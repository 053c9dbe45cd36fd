package se.vinr.ledger.events.plan;

/**
 * A measure the plan follows up: its baseline (nuläge) and target (målvärde) where the plan gives them, whether
 * higher or lower is better, and where its values come from. The definition belongs to the revision that contains
 * it, so a value is judged against the definition in force on the value's date. An indicator that names no source
 * is kept by hand ({@link IndicatorSource.Kind#MANUAL}).
 */
public record Indicator(String code, String name, String unit, Measure baseline, Measure target, Direction direction,
                        IndicatorSource source, String description) {

    public Indicator {
        source = source == null ? IndicatorSource.MANUAL : source;
    }
}
