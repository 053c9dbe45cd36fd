package se.vinr.ledger.query.keyperson;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.BiConsumer;

/**
 * A municipality's key-person assignments in date order, folded forward date by date: a key person's state on a
 * date is their latest assignment effective by then (a unit, or none after deregistration). The count per unit is
 * kept up as the assignments are folded in, not counted again for each date.
 */
final class KeyPersonTimeline {

    private final List<KeyPersonRecords.Assignment> assignments;

    KeyPersonTimeline(List<KeyPersonRecords.Assignment> assignments) {
        this.assignments = assignments;
    }

    /**
     * Calls {@code visitor} for each of {@code dates} in ascending order with the number of active key persons then
     * per unit (units without one left out). The map changes between calls.
     */
    void forEachDate(SortedSet<LocalDate> dates, BiConsumer<LocalDate, Map<String, Integer>> visitor) {
        Map<String, String> active = new HashMap<>();
        Map<String, Integer> perUnit = new HashMap<>();
        int next = 0;
        for (LocalDate date : dates) {
            while (next < assignments.size() && !assignments.get(next).effectiveOn().isAfter(date)) {
                KeyPersonRecords.Assignment assignment = assignments.get(next++);
                String left = assignment.unitId() == null ? active.remove(assignment.keyPersonId())
                        : active.put(assignment.keyPersonId(), assignment.unitId());
                if (left != null) {
                    perUnit.computeIfPresent(left, (unit, count) -> count == 1 ? null : count - 1);
                }
                if (assignment.unitId() != null) {
                    perUnit.merge(assignment.unitId(), 1, Integer::sum);
                }
            }
            visitor.accept(date, perUnit);
        }
    }
}
