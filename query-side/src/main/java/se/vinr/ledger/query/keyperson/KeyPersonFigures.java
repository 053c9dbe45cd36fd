package se.vinr.ledger.query.keyperson;

import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.keyperson.KeyPersonCoverage.DepartmentKeyPersons;
import se.vinr.ledger.query.keyperson.KeyPersonCoverage.KeyPersonCount;
import se.vinr.ledger.query.keyperson.KeyPersonCoverage.UnitKeyPersons;
import se.vinr.ledger.query.organisation.Staffing;
import se.vinr.ledger.query.organisation.TrackedUnit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static se.vinr.ledger.query.Tracking.percent;

/**
 * Key-person figures: the coverage view, and the count and unit coverage of indicators over many dates. A key person
 * is active in a unit from the day registered or moved there up to the last day served.
 */
@Component
public class KeyPersonFigures {

    private final KeyPersonRecords records;
    private final Staffing staffing;

    KeyPersonFigures(KeyPersonRecords records, Staffing staffing) {
        this.records = records;
        this.staffing = staffing;
    }

    public KeyPersonCoverage coverage(MunicipalityId municipalityId, PointInTime at) {
        List<TrackedUnit> units = staffing.units(municipalityId, at.knownAt());
        Map<String, Integer> perUnit = new HashMap<>();
        timeline(municipalityId, at.asOf(), at.knownAt()).forEachDate(new TreeSet<>(List.of(at.asOf())),
                (date, counts) -> perUnit.putAll(counts));
        List<UnitKeyPersons> with = new ArrayList<>();
        List<UnitKeyPersons> without = new ArrayList<>();
        for (TrackedUnit unit : units) {
            int keyPersons = perUnit.getOrDefault(unit.unitId(), 0);
            (keyPersons > 0 ? with : without).add(new UnitKeyPersons(unit.unitId(), unit.name(), unit.department(),
                    unit.operator(), keyPersons));
        }
        List<DepartmentKeyPersons> departments = TrackedUnit.byDepartment(units).entrySet().stream()
                .map(department -> new DepartmentKeyPersons(department.getKey(), count(department.getValue(), perUnit)))
                .toList();
        List<ReportedTotal> totals = records.totals(municipalityId, at.asOf(), at.knownAt());
        KeyPersonCount counted = count(units, perUnit);
        ReportedTotal reported = totals.isEmpty() ? null : totals.get(totals.size() - 1);
        return new KeyPersonCoverage(municipalityId.value(), at.asOf(), at.knownAt(),
                KeyPersonTotal.of(counted.activeKeyPersons(), reported, at.asOf(), true), counted, reported,
                departments, with, without);
    }

    /**
     * Key persons on each of {@code dates}, of one department's units (null: the whole municipality), counted from the
     * first day a key person in scope served. For the whole municipality, on a date without any active key person the
     * latest total a document reports by then stands in for the count (see {@link KeyPersonTotal}).
     */
    public Map<LocalDate, BigDecimal> countAt(MunicipalityId municipalityId, String department,
                                              SortedSet<LocalDate> dates, Instant knownAt) {
        Map<LocalDate, BigDecimal> values = new TreeMap<>();
        Map<LocalDate, KeyPersonCount> counts = countsAt(municipalityId, department, dates, knownAt);
        List<ReportedTotal> totals = department != null || dates.isEmpty() ? List.of()
                : records.totals(municipalityId, dates.last(), knownAt);
        int next = 0;
        ReportedTotal latest = null;
        for (LocalDate date : dates) {
            while (next < totals.size() && !totals.get(next).asOf().isAfter(date)) {
                latest = totals.get(next++);
            }
            KeyPersonCount count = counts.get(date);
            KeyPersonTotal total = KeyPersonTotal.of(count == null ? 0 : count.activeKeyPersons(), latest, date,
                    count != null);
            if (total != null) {
                values.put(date, BigDecimal.valueOf(total.count()));
            }
        }
        return values;
    }

    /** Share in percent of one department's units (null: all units) with an active key person on each date. */
    public Map<LocalDate, BigDecimal> unitCoverageAt(MunicipalityId municipalityId, String department,
                                                     SortedSet<LocalDate> dates, Instant knownAt) {
        Map<LocalDate, BigDecimal> values = new TreeMap<>();
        countsAt(municipalityId, department, dates, knownAt)
                .forEach((date, count) -> values.put(date, count.unitCoveragePercent()));
        return values;
    }

    /** The counted figures of the units in scope on each date from the first day a key person in scope served. */
    private Map<LocalDate, KeyPersonCount> countsAt(MunicipalityId municipalityId, String department,
                                                    SortedSet<LocalDate> dates, Instant knownAt) {
        Map<LocalDate, KeyPersonCount> counts = new TreeMap<>();
        List<TrackedUnit> scope = staffing.units(municipalityId, knownAt).stream()
                .filter(unit -> unit.isIn(department)).toList();
        if (dates.isEmpty() || scope.isEmpty()) {
            return counts;
        }
        timeline(municipalityId, dates.last(), knownAt).forEachDate(dates, (date, perUnit) -> {
            KeyPersonCount count = count(scope, perUnit);
            if (!counts.isEmpty() || count.activeKeyPersons() > 0) {
                counts.put(date, count);
            }
        });
        return counts;
    }

    private KeyPersonTimeline timeline(MunicipalityId municipalityId, LocalDate until, Instant knownAt) {
        return new KeyPersonTimeline(records.assignments(municipalityId, until, knownAt));
    }

    private static KeyPersonCount count(List<TrackedUnit> units, Map<String, Integer> perUnit) {
        int keyPersons = 0;
        int covered = 0;
        for (TrackedUnit unit : units) {
            int inUnit = perUnit.getOrDefault(unit.unitId(), 0);
            keyPersons += inUnit;
            covered += inUnit > 0 ? 1 : 0;
        }
        return new KeyPersonCount(Basis.COUNTED, keyPersons, units.size(), covered, units.size() - covered,
                percent(covered, (long) units.size()));
    }
}
