package se.vinr.ledger.query.indicator;

/** Why an indicator's status is {@link IndicatorStatus#NO_DATA}. */
public enum NoDataReason {
    /** No value (or answer) as of the date. */
    NO_VALUE,
    /** The definition has no target to judge against. */
    NO_TARGET,
    /** Not reached, target date not passed, and no baseline (value and date) to draw the line from. */
    NO_BASELINE,
    /** Not reached, and no target date to draw the line to. */
    NO_TARGET_DATE,
    /** A compliance answer older than 24 months on the day it is judged. */
    STALE_ANSWER
}
