package se.vinr.ledger.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where in time a view is taken: the business date the world is seen on ({@code asOf}) and, for auditors, the
 * recording instant after which nothing recorded counts ({@code knownAt}; null takes everything recorded).
 */
public record PointInTime(LocalDate asOf, Instant knownAt) {

    /** Business dates are Swedish calendar dates: "today" is today in Sweden, whatever the server's zone. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    public PointInTime {
        Objects.requireNonNull(asOf, "asOf");
    }

    public static PointInTime today() {
        return new PointInTime(LocalDate.now(SWEDEN), null);
    }

    public boolean knows(Instant recordedAt) {
        return knownAt == null || !recordedAt.isAfter(knownAt);
    }

    public boolean includes(LocalDate businessDate, Instant recordedAt) {
        return !businessDate.isAfter(asOf) && knows(recordedAt);
    }
}
