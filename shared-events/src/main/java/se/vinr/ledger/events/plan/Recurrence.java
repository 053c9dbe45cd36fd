package se.vinr.ledger.events.plan;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A recurring activity: every year (optionally in a given month, 1-12), term, quarter or month. Each occurrence is
 * due on the last day of its period: every year on 31 December, or on the last day of the given month (every May:
 * 31 May); every term on 30 June (spring term) and 31 December (autumn term); every quarter and month at its end.
 * The month applies to yearly recurrences only.
 */
public record Recurrence(Frequency frequency, Integer month) {

    public enum Frequency {
        YEARLY,
        TERMLY,
        QUARTERLY,
        MONTHLY
    }

    /** The due date of the occurrence whose period contains {@code date} (for yearly ones: of that year). */
    public LocalDate dueDateOf(LocalDate date) {
        int lastMonth = switch (frequency) {
            case YEARLY -> month != null ? month : 12;
            case TERMLY -> date.getMonthValue() <= 6 ? 6 : 12;
            case QUARTERLY -> (date.getMonthValue() + 2) / 3 * 3;
            case MONTHLY -> date.getMonthValue();
        };
        return YearMonth.of(date.getYear(), lastMonth).atEndOfMonth();
    }
}
