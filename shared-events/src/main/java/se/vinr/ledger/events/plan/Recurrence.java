package se.vinr.ledger.events.plan;

/** A recurring activity: every year (optionally in a given month, 1-12), term, quarter or month. */
public record Recurrence(Frequency frequency, Integer month) {

    public enum Frequency {
        YEARLY,
        TERMLY,
        QUARTERLY,
        MONTHLY
    }
}
