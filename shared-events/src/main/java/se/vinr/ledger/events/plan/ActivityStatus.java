package se.vinr.ledger.events.plan;

/** How far an activity (or one occurrence of a recurring activity) has come. */
public enum ActivityStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
