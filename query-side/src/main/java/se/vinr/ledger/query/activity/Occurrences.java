package se.vinr.ledger.query.activity;

import se.vinr.ledger.events.plan.Recurrence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.NavigableSet;
import java.util.TreeSet;

/** The occurrences of a recurring activity, each named by its due date as the plan aggregate names them. */
final class Occurrences {

    private Occurrences() {
    }

    /** The due dates within the plan's period that fall on or before {@code until}. */
    static NavigableSet<LocalDate> dueDates(Recurrence recurrence, LocalDate periodStart, LocalDate periodEnd,
                                            LocalDate until) {
        NavigableSet<LocalDate> dueDates = new TreeSet<>();
        LocalDate last = until.isBefore(periodEnd) ? until : periodEnd;
        // every period ends in some month: the due date of each month's period finds them all
        for (YearMonth month = YearMonth.from(periodStart); !month.atDay(1).isAfter(last);
             month = month.plusMonths(1)) {
            LocalDate due = recurrence.dueDateOf(month.atDay(1));
            if (!due.isBefore(periodStart) && !due.isAfter(last)) {
                dueDates.add(due);
            }
        }
        return dueDates;
    }
}
