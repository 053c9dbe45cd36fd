package se.vinr.ledger.query.screening;

import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.organisation.Staffing;
import se.vinr.ledger.query.organisation.TrackedUnit;
import se.vinr.ledger.query.screening.ScreeningOverview.DepartmentScreenings;
import se.vinr.ledger.query.screening.ScreeningOverview.InstrumentScreenings;
import se.vinr.ledger.query.screening.ScreeningOverview.Period;
import se.vinr.ledger.query.screening.ScreeningOverview.UnitScreenings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Screening figures: the view per instrument, department and unit, and screenings in a year for indicators over many
 * dates. A period's screenings count once the period has ended.
 */
@Component
public class ScreeningFigures {

    private final ScreeningRecords records;
    private final Staffing staffing;

    ScreeningFigures(ScreeningRecords records, Staffing staffing) {
        this.records = records;
        this.staffing = staffing;
    }

    public ScreeningOverview overview(MunicipalityId municipalityId, PointInTime at, LocalDate from, LocalDate to) {
        Map<String, TrackedUnit> units = units(municipalityId, at.knownAt());
        Map<String, List<ScreeningRecords.Screenings>> byInstrument = records
                .standing(municipalityId, new ScreeningRecords.Selection(at.asOf(), at.knownAt(), null, from, to))
                .stream()
                .collect(Collectors.groupingBy(ScreeningRecords.Screenings::instrument, TreeMap::new,
                        Collectors.toList()));
        List<InstrumentScreenings> instruments = byInstrument.entrySet().stream()
                .map(instrument -> instrument(instrument.getKey(), instrument.getValue(), units))
                .toList();
        return new ScreeningOverview(municipalityId.value(), at.asOf(), at.knownAt(), from, to, instruments);
    }

    private static InstrumentScreenings instrument(String instrument, List<ScreeningRecords.Screenings> records,
                                                   Map<String, TrackedUnit> units) {
        Map<String, List<ScreeningRecords.Screenings>> byUnit = records.stream()
                .collect(Collectors.groupingBy(ScreeningRecords.Screenings::unitId, TreeMap::new,
                        Collectors.toList()));
        List<UnitScreenings> unitScreenings = byUnit.entrySet().stream()
                .map(unit -> {
                    TrackedUnit known = units.get(unit.getKey());
                    return new UnitScreenings(unit.getKey(), known == null ? null : known.name(),
                            known == null ? null : known.department(), sum(unit.getValue()),
                            unit.getValue().stream().map(record -> new Period(record.periodStart(),
                                    record.periodEnd(), record.screenings(), record.recordedAt())).toList());
                })
                .toList();
        Map<String, Long> byDepartment = new TreeMap<>(TrackedUnit.DEPARTMENT_ORDER);
        unitScreenings.forEach(unit -> byDepartment.merge(unit.department(), unit.screenings(), Long::sum));
        List<DepartmentScreenings> departments = byDepartment.entrySet().stream()
                .map(department -> new DepartmentScreenings(department.getKey(), department.getValue()))
                .toList();
        return new InstrumentScreenings(instrument, sum(records), departments, unitScreenings);
    }

    /**
     * Screenings with {@code instrument} in the periods that ended in the calendar year of each of {@code dates}, up
     * to the date, of one department's units (null: all). From the end of the first period in scope on.
     */
    public Map<LocalDate, BigDecimal> screeningsAt(MunicipalityId municipalityId, String instrument,
                                                   String department, SortedSet<LocalDate> dates, Instant knownAt) {
        Map<LocalDate, BigDecimal> values = new TreeMap<>();
        if (dates.isEmpty()) {
            return values;
        }
        Map<String, TrackedUnit> units = units(municipalityId, knownAt);
        List<ScreeningRecords.Screenings> inScope = records
                .standing(municipalityId, new ScreeningRecords.Selection(dates.last(), knownAt, instrument, null,
                        null))
                .stream()
                .filter(record -> department == null
                        || units.containsKey(record.unitId()) && units.get(record.unitId()).isIn(department))
                .toList();
        LocalDate firstEnd = inScope.stream().map(ScreeningRecords.Screenings::periodEnd)
                .min(Comparator.naturalOrder()).orElse(null);
        for (LocalDate date : dates) {
            if (firstEnd != null && !firstEnd.isAfter(date)) {
                LocalDate newYear = date.withDayOfYear(1);
                values.put(date, BigDecimal.valueOf(sum(inScope.stream()
                        .filter(record -> !record.periodEnd().isBefore(newYear) && !record.periodEnd().isAfter(date))
                        .toList())));
            }
        }
        return values;
    }

    private Map<String, TrackedUnit> units(MunicipalityId municipalityId, Instant knownAt) {
        return staffing.units(municipalityId, knownAt).stream()
                .collect(Collectors.toMap(TrackedUnit::unitId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static long sum(List<ScreeningRecords.Screenings> records) {
        return records.stream().mapToLong(ScreeningRecords.Screenings::screenings).sum();
    }
}
