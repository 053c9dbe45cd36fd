package se.vinr.ledger.query.plan;

import se.vinr.ledger.query.PointInTime;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The entries of one plan's timeline that are visible at a point in time, in business-date order; entries of the
 * same date keep the order in which they were recorded (their sequence).
 */
record PlanTimeline(List<TimelineEntry> entries) {

    private static final Comparator<TimelineEntry> BUSINESS_ORDER =
            Comparator.comparing(TimelineEntry::businessDate).thenComparingLong(TimelineEntry::sequence);

    static PlanTimeline visibleAt(Collection<TimelineEntry> entries, PointInTime at) {
        return new PlanTimeline(entries.stream()
                .filter(entry -> at.includes(entry.businessDate(), entry.recordedAt()))
                .sorted(BUSINESS_ORDER)
                .toList());
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The aggregate sequence of the last event taken into account. */
    long version() {
        return entries.stream().mapToLong(TimelineEntry::sequence).max().orElse(-1);
    }
}
