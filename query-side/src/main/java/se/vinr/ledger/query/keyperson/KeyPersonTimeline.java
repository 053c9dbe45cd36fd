package se.vinr.ledger.query.keyperson;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.BiConsumer;

/**
 * A municipality's key-person assignments in date order, folded forward date by date: a key person's state on a
 * date is their latest assignment effective by then (a unit, or none after deregistration).
 */
final class KeyPersonTimeline {

    private final List<KeyPersonRecords.Assignment> assignments;

    KeyPersonTimeline(List<KeyPersonRecords.Assignment> assignments) {
        this.assignments = assignments;
    }

    /**
     * Calls {@code visitor} for each of {@code dates} in ascending order with the unit of every active key person
     * then (key person id to unit id). The map changes between calls.
     */
    void forEachDate(SortedSet<LocalDate> dates, BiConsumer<LocalDate, Map<String, String>> visitor) {
        Map<String, String> active = new HashMap<>();
        int next = 0;
        for (LocalDate date : dates) {
            while (next < assignments.size() && !assignments.get(next).effectiveOn().isAfter(date)) {
                KeyPersonRecords.Assignment assignment = assignments.get(next++);
                if (assignment.unitId() == null) {
                    active.remove(assignment.keyPersonId());
                } else {
                    active.put(assignment.keyPersonId(), assignment.unitId());
                }
            }
            visitor.accept(date, active);
        }
    }
}
