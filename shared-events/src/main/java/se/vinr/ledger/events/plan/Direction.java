package se.vinr.ledger.events.plan;

/** Which way an indicator should move from its baseline towards its target. */
public enum Direction {
    INCREASE,
    DECREASE
}
