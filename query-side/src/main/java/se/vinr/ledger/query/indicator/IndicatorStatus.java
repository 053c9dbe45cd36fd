package se.vinr.ledger.query.indicator;

/** Where an indicator stands against its target; see {@link StatusFormula} and README, "Indicator status". */
public enum IndicatorStatus {
    ACHIEVED,
    ON_TRACK,
    AT_RISK,
    OVERDUE,
    NO_DATA
}
