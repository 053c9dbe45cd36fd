package se.vinr.ledger.events.organisation;

/** Who runs a unit: the municipality itself (egen regi) or a contracted provider (privat utförare). */
public enum Operator {
    OWN,
    CONTRACTED
}
