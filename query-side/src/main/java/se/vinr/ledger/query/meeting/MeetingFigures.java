package se.vinr.ledger.query.meeting;

import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.meeting.MeetingOverview.Meeting;
import se.vinr.ledger.query.meeting.MeetingOverview.SeriesOverview;
import se.vinr.ledger.query.meeting.MeetingOverview.YearOverview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Meeting figures: the per-series and per-year view, and meetings held in a year for indicators over many dates. */
@Component
public class MeetingFigures {

    private static final MonthDay NEW_YEARS_EVE = MonthDay.of(12, 31);

    private final MeetingRecords records;

    MeetingFigures(MeetingRecords records) {
        this.records = records;
    }

    public MeetingOverview overview(MunicipalityId municipalityId, PointInTime at) {
        Map<String, List<MeetingRecords.Meeting>> meetingsBySeries = records
                .meetings(municipalityId, at.asOf(), at.knownAt()).stream()
                .collect(Collectors.groupingBy(MeetingRecords.Meeting::seriesId));
        List<SeriesOverview> series = records.series(municipalityId, at.knownAt()).stream()
                .map(one -> new SeriesOverview(one.seriesId(), one.name(), one.requiredPerYear(),
                        years(one, meetingsBySeries.getOrDefault(one.seriesId(), List.of()), at.asOf())))
                .toList();
        return new MeetingOverview(municipalityId.value(), at.asOf(), at.knownAt(), series);
    }

    /** {@code meetings} in date order, all by {@code asOf}. */
    private static List<YearOverview> years(MeetingRecords.Series series, List<MeetingRecords.Meeting> meetings,
                                            LocalDate asOf) {
        Map<Integer, List<Meeting>> byYear = new TreeMap<>();
        int firstYear = meetings.isEmpty() ? asOf.getYear() : meetings.get(0).date().getYear();
        for (int year = firstYear; year <= asOf.getYear(); year++) {
            byYear.put(year, new ArrayList<>());
        }
        meetings.forEach(meeting -> byYear.get(meeting.date().getYear())
                .add(new Meeting(meeting.date(), meeting.participants(), meeting.theme())));
        List<YearOverview> years = new ArrayList<>();
        byYear.forEach((year, held) -> years.add(new YearOverview(year,
                year < asOf.getYear() || MonthDay.from(asOf).equals(NEW_YEARS_EVE), held.size(),
                series.requiredPerYear(), held.size() >= series.requiredPerYear(),
                held.stream().filter(meeting -> meeting.participants() != null)
                        .mapToInt(Meeting::participants).sum(),
                (int) held.stream().filter(meeting -> meeting.participants() == null).count(),
                held)));
        return years;
    }

    /**
     * Meetings of a series held in the calendar year of each of {@code dates}, up to the date. From the first
     * meeting of the series on; no entry before it.
     */
    public Map<LocalDate, BigDecimal> heldAt(MunicipalityId municipalityId, String seriesId,
                                             SortedSet<LocalDate> dates, Instant knownAt) {
        Map<LocalDate, BigDecimal> values = new TreeMap<>();
        if (dates.isEmpty()) {
            return values;
        }
        List<LocalDate> held = records.heldOn(municipalityId, seriesId, dates.last(), knownAt);
        for (LocalDate date : dates) {
            if (!held.isEmpty() && !held.get(0).isAfter(date)) {
                LocalDate newYear = date.withDayOfYear(1);
                values.put(date, BigDecimal.valueOf(held.stream()
                        .filter(day -> !day.isBefore(newYear) && !day.isAfter(date)).count()));
            }
        }
        return values;
    }
}
