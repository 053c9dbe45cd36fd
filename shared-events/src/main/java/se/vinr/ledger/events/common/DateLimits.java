package se.vinr.ledger.events.common;

import java.time.LocalDate;

/**
 * The dates the ledger takes, in commands and in the asOf, knownAt, from and to of reads: wide enough for every plan
 * and report, narrow enough that a typo such as 20213-01-31 is refused rather than recorded or looked up.
 */
public final class DateLimits {

    public static final String EARLIEST_TEXT = "1900-01-01";
    public static final String LATEST_TEXT = "2100-12-31";
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    public static final LocalDate LATEST = LocalDate.parse(LATEST_TEXT);

    private DateLimits() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
