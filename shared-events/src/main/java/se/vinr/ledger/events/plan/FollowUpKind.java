package se.vinr.ledger.events.plan;

/** Delrapportering, återrapportering, slutrapport. */
public enum FollowUpKind {
    INTERIM,
    ANNUAL,
    FINAL
}
