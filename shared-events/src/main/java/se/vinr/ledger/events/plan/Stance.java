package se.vinr.ledger.events.plan;

/** A consulted body's answer: tillstyrker, avstyrker, or no position. */
public enum Stance {
    SUPPORTS,
    OPPOSES,
    NO_OPINION
}
