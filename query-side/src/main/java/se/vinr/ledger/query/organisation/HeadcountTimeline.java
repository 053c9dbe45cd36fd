package se.vinr.ledger.query.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * A municipality's headcount reports in the order they take effect (the registration's headcount first, then by
 * date, and of two for the same date the later recorded): the headcount of a unit on a date is its last report
 * effective by then.
 */
public final class HeadcountTimeline {

    /** A headcount report; {@code asOf} null for the headcount given at registration. */
    record Report(String unitId, int headcount, LocalDate asOf) {
    }

    private final List<Report> reports;

    HeadcountTimeline(List<Report> reports) {
        this.reports = List.copyOf(reports);
    }

    /** Each unit's headcount on {@code date}; units without one then are left out. */
    public Map<String, Integer> at(LocalDate date) {
        Map<String, Integer> headcounts = new HashMap<>();
        forEachDate(new TreeSet<>(Set.of(date)), (day, atDay) -> headcounts.putAll(atDay));
        return headcounts;
    }

    /**
     * Calls {@code visitor} with each unit's headcount on each of {@code dates} in ascending order, reading the
     * reports once; the map handed over changes between calls.
     */
    public void forEachDate(SortedSet<LocalDate> dates, BiConsumer<LocalDate, Map<String, Integer>> visitor) {
        Map<String, Integer> headcounts = new HashMap<>();
        int next = 0;
        for (LocalDate date : dates) {
            while (next < reports.size() && (reports.get(next).asOf() == null
                    || !reports.get(next).asOf().isAfter(date))) {
                headcounts.put(reports.get(next).unitId(), reports.get(next).headcount());
                next++;
            }
            visitor.accept(date, headcounts);
        }
    }

    /** The staff of {@code units}: null unless there are units and every one of them has a headcount. */
    public static Long total(Map<String, Integer> headcounts, Collection<String> units) {
        if (units.isEmpty()) {
            return null;
        }
        long total = 0;
        for (String unit : units) {
            Integer headcount = headcounts.get(unit);
            if (headcount == null) {
                return null;
            }
            total += headcount;
        }
        return total;
    }
}
