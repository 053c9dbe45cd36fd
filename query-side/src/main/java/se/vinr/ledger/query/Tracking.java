package se.vinr.ledger.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the projections of the implementation-tracking events (units and headcounts, training, key persons, meetings,
 * screenings) share: one processing group, so that every tracking view is as far along as the others and one replay
 * rebuilds them together; rows written once per fact; recording instants stored and compared alike on both databases.
 */
public final class Tracking {

    public static final String PROCESSING_GROUP = "tracking";

    /** Stands for "everything recorded" in {@code recorded_at <= :knownAt}, so every query has the same shape. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private Tracking() {
    }

    /** Both databases keep microseconds: store what will be read back, so {@code knownAt} compares alike. */
    public static OffsetDateTime recordedAt(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** The bound for {@code recorded_at <= :knownAt}: the instant asked for, or everything when none is. */
    public static OffsetDateTime knownBy(Instant knownAt) {
        return OffsetDateTime.ofInstant(knownAt == null ? END_OF_TIME : knownAt, ZoneOffset.UTC);
    }

    /** Column names and values, in order, as one row for {@link TrackingWrites#insertOnce}; values may be null. */
    public static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    /** {@code part} of {@code whole} in percent with one decimal; null where the whole is unknown or nothing. */
    public static BigDecimal percent(long part, Long whole) {
        return rate(part, whole, 100);
    }

    /** {@code part} per thousand of {@code whole} with one decimal; null where the whole is unknown or nothing. */
    public static BigDecimal perThousand(long part, Long whole) {
        return rate(part, whole, 1000);
    }

    private static BigDecimal rate(long part, Long whole, long per) {
        if (whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * per).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** An amount without trailing zeros of its column's scale (500, not 500.00), never in exponent notation. */
    public static BigDecimal plain(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
