package se.vinr.ledger.query.training;

import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.organisation.HeadcountTimeline;
import se.vinr.ledger.query.organisation.Staffing;
import se.vinr.ledger.query.organisation.TrackedUnit;
import se.vinr.ledger.query.training.TrainingCoverage.Coverage;
import se.vinr.ledger.query.training.TrainingCoverage.CourseCoverage;
import se.vinr.ledger.query.training.TrainingCoverage.DepartmentCoverage;
import se.vinr.ledger.query.training.TrainingCoverage.UnitCoverage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;

import static se.vinr.ledger.query.Tracking.percent;
import static se.vinr.ledger.query.Tracking.plain;

/**
 * Training figures: the coverage view, and the coverage and completion figures of indicators over many dates. A
 * completion counts from its date on; coverage is completions ÷ the headcount of the units in scope on the date.
 */
@Component
public class TrainingFigures {

    private final TrainingRecords records;
    private final Staffing staffing;

    TrainingFigures(TrainingRecords records, Staffing staffing) {
        this.records = records;
        this.staffing = staffing;
    }

    public TrainingCoverage coverage(MunicipalityId municipalityId, PointInTime at) {
        List<TrackedUnit> units = staffing.units(municipalityId, at.knownAt());
        Map<String, Integer> headcounts = staffing.headcounts(municipalityId, at.asOf(), at.knownAt()).at(at.asOf());
        Map<String, List<TrainingRecords.Completions>> completionsByCourse = new HashMap<>();
        records.completions(municipalityId, at).forEach(completions -> completionsByCourse
                .computeIfAbsent(completions.courseCode(), course -> new ArrayList<>()).add(completions));

        List<CourseCoverage> courses = records.courses(municipalityId, at.knownAt()).stream()
                .map(course -> courseCoverage(course, completionsByCourse.getOrDefault(course.courseCode(), List.of()),
                        units, headcounts))
                .toList();
        BigDecimal stimulusOwed = courses.stream().map(course -> course.total().stimulusOwedSek())
                .filter(amount -> amount != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> notes = courses.stream().filter(course -> course.countedWithoutUnit() > 0)
                .map(course -> course.countedWithoutUnit() + " completions of " + course.courseCode()
                        + " were counted in batches that name no unit: they count in the municipality total only, "
                        + "not in any unit or department")
                .toList();
        return new TrainingCoverage(municipalityId.value(), at.asOf(), at.knownAt(), stimulusOwed, courses, notes);
    }

    private static CourseCoverage courseCoverage(TrainingRecords.Course course,
                                                 List<TrainingRecords.Completions> completions,
                                                 List<TrackedUnit> units, Map<String, Integer> headcounts) {
        Tally total = new Tally();
        Map<String, Tally> perUnit = new HashMap<>();
        long withoutUnit = 0;
        for (TrainingRecords.Completions row : completions) {
            total.add(row);
            if (row.unitId() == null) {
                withoutUnit += row.completions();
            } else {
                perUnit.computeIfAbsent(row.unitId(), unit -> new Tally()).add(row);
            }
        }
        BigDecimal stimulus = course.stimulusPerCertificateSek();
        List<UnitCoverage> unitCoverages = new ArrayList<>();
        for (TrackedUnit unit : units) {
            Tally tally = perUnit.getOrDefault(unit.unitId(), new Tally());
            Integer headcount = headcounts.get(unit.unitId());
            unitCoverages.add(new UnitCoverage(unit.unitId(), unit.name(), unit.department(), unit.operator(),
                    tally.coverage(headcount == null ? null : headcount.longValue(), stimulus)));
        }
        List<DepartmentCoverage> departments = TrackedUnit.byDepartment(units).entrySet().stream()
                .map(department -> {
                    Tally tally = new Tally();
                    department.getValue().forEach(unit -> tally.add(perUnit.get(unit.unitId())));
                    Long staff = HeadcountTimeline.total(headcounts, unitIds(department.getValue()));
                    return new DepartmentCoverage(department.getKey(), department.getValue().size(),
                            tally.coverage(staff, stimulus));
                })
                .toList();
        return new CourseCoverage(course.courseCode(), course.title(), course.provider(), stimulus,
                total.coverage(HeadcountTimeline.total(headcounts, unitIds(units)), stimulus), withoutUnit,
                departments, unitCoverages);
    }

    /**
     * Completions of a course (null: of every course) by each of {@code dates}, of one department's units (null:
     * the whole municipality, counted batches without a unit included). No entry before the first completion.
     */
    public Map<LocalDate, BigDecimal> completionsAt(MunicipalityId municipalityId, String courseCode,
                                                    String department, SortedSet<LocalDate> dates, Instant knownAt) {
        Map<LocalDate, BigDecimal> values = new TreeMap<>();
        if (dates.isEmpty()) {
            return values;
        }
        Cumulative completions = new Cumulative(records.completionsByDate(municipalityId, courseCode,
                department == null ? null : unitsOf(municipalityId, department, knownAt), dates.last(), knownAt));
        for (LocalDate date : dates) {
            completions.advanceTo(date);
            if (completions.started()) {
                values.put(date, BigDecimal.valueOf(completions.sum()));
            }
        }
        return values;
    }

    /**
     * Coverage of a course in percent by each of {@code dates}, of one department (null: the whole municipality):
     * an entry on each date on which every unit in scope has a known headcount, and there is staff.
     */
    public Map<LocalDate, BigDecimal> coverageAt(MunicipalityId municipalityId, String courseCode, String department,
                                                 SortedSet<LocalDate> dates, Instant knownAt) {
        Map<LocalDate, BigDecimal> values = new TreeMap<>();
        List<String> scope = unitsOf(municipalityId, department, knownAt);
        if (dates.isEmpty() || scope.isEmpty()) {
            return values;
        }
        Cumulative completions = new Cumulative(records.completionsByDate(municipalityId, courseCode,
                department == null ? null : scope, dates.last(), knownAt));
        staffing.headcounts(municipalityId, dates.last(), knownAt).forEachDate(dates, (date, headcounts) -> {
            completions.advanceTo(date);
            BigDecimal share = percent(completions.sum(), HeadcountTimeline.total(headcounts, scope));
            if (share != null) {
                values.put(date, share);
            }
        });
        return values;
    }

    /** The ids of one department's units (null: of every unit). */
    private List<String> unitsOf(MunicipalityId municipalityId, String department, Instant knownAt) {
        return unitIds(staffing.units(municipalityId, knownAt).stream().filter(unit -> unit.isIn(department)).toList());
    }

    private static List<String> unitIds(List<TrackedUnit> units) {
        return units.stream().map(TrackedUnit::unitId).toList();
    }

    /** Completions of one scope, individual and counted. */
    private static final class Tally {

        private long individual;
        private long counted;

        void add(TrainingRecords.Completions row) {
            if (row == null) {
                return;
            }
            if (row.counted()) {
                counted += row.completions();
            } else {
                individual += row.completions();
            }
        }

        void add(Tally other) {
            if (other != null) {
                individual += other.individual;
                counted += other.counted;
            }
        }

        Coverage coverage(Long headcount, BigDecimal stimulusPerCertificate) {
            long completions = individual + counted;
            return new Coverage(completions, individual, counted, headcount, percent(completions, headcount),
                    stimulusPerCertificate == null ? null
                            : plain(stimulusPerCertificate.multiply(BigDecimal.valueOf(completions))));
        }
    }

    /** A running sum over per-date amounts, moved forward date by date. */
    private static final class Cumulative {

        private final NavigableMap<LocalDate, Long> byDate;
        private long sum;
        private boolean started;

        Cumulative(NavigableMap<LocalDate, Long> byDate) {
            this.byDate = byDate;
        }

        void advanceTo(LocalDate date) {
            while (!byDate.isEmpty() && !byDate.firstKey().isAfter(date)) {
                sum += byDate.pollFirstEntry().getValue();
                started = true;
            }
        }

        long sum() {
            return sum;
        }

        boolean started() {
            return started;
        }
    }
}
