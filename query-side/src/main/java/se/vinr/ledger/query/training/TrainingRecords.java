package se.vinr.ledger.query.training;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.training.CourseDefined;
import se.vinr.ledger.events.training.TrainingCompleted;
import se.vinr.ledger.events.training.TrainingCompletionsCounted;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.TrackedReads;
import se.vinr.ledger.query.TrackingWrites;
import se.vinr.ledger.query.TrackingWrites.Increment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import static se.vinr.ledger.query.Tracking.knownBy;
import static se.vinr.ledger.query.Tracking.plain;
import static se.vinr.ledger.query.Tracking.recordedAt;
import static se.vinr.ledger.query.Tracking.row;

/** Courses ({@code rm_course}) and completions ({@code rm_training_completion}). */
@Repository
class TrainingRecords {

    record Course(String courseCode, String title, String provider, BigDecimal stimulusPerCertificateSek) {
    }

    /** Completions of a course in a unit (null: counted without a unit), individual or counted. */
    record Completions(String courseCode, String unitId, boolean counted, long completions) {
    }

    /** Completions on one date. */
    private record DayCount(LocalDate date, long completions) {
    }

    /** The unit key of completions counted without a unit in rm_training_month. */
    private static final String NO_UNIT = "";

    private final JdbcClient jdbc;
    private final TrackingWrites writes;
    private final TrackedReads reads;

    TrainingRecords(JdbcClient jdbc, TrackingWrites writes, TrackedReads reads) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.reads = reads;
    }

    void define(CourseDefined event, Instant recordedAt) {
        writes.insertOnce("rm_course", List.of("municipality_id", "course_code"), row(
                "municipality_id", event.municipalityId().value(),
                "course_code", event.courseCode().value(),
                "title", event.title(),
                "provider", event.provider(),
                "stimulus_per_certificate_sek", event.stimulusPerCertificateSek(),
                "recorded_at", recordedAt(recordedAt)));
    }

    void add(TrainingCompleted event, String eventId, Instant recordedAt) {
        add(eventId, event.municipalityId(), event.courseCode().value(), event.unitId().value(), event.completedOn(),
                1, false, recordedAt);
    }

    void add(TrainingCompletionsCounted event, String eventId, Instant recordedAt) {
        add(eventId, event.municipalityId(), event.courseCode().value(),
                event.unitId() == null ? null : event.unitId().value(), event.completedOn(), event.count(), true,
                recordedAt);
    }

    private void add(String eventId, MunicipalityId municipalityId, String courseCode, String unitId,
                     LocalDate completedOn, int completions, boolean counted, Instant recordedAt) {
        // a course's completions are one aggregate's events, handled in order: no concurrent update of a counter
        writes.insertOnce("rm_training_completion", List.of("event_id"), row(
                        "event_id", eventId,
                        "municipality_id", municipalityId.value(),
                        "course_code", courseCode,
                        "unit_id", unitId,
                        "completed_on", completedOn,
                        "completions", completions,
                        "counted", counted,
                        "recorded_at", recordedAt(recordedAt)),
                new Increment("rm_training_day", row(
                        "municipality_id", municipalityId.value(),
                        "course_code", courseCode,
                        "completed_on", completedOn), "completions", completions),
                new Increment("rm_training_month", row(
                        "municipality_id", municipalityId.value(),
                        "course_code", courseCode,
                        "unit_key", unitId == null ? NO_UNIT : unitId,
                        "counted", counted,
                        "month_start", completedOn.withDayOfMonth(1)), "completions", completions));
    }

    void clear() {
        writes.clear("rm_training_month", "rm_training_day", "rm_training_completion", "rm_course");
    }

    /** The municipality's course catalogue as known at {@code knownAt} (null: all), by code. */
    List<Course> courses(MunicipalityId municipalityId, Instant knownAt) {
        return jdbc.sql("""
                        SELECT course_code, title, provider, stimulus_per_certificate_sek FROM rm_course
                        WHERE municipality_id = :municipalityId AND recorded_at <= :knownAt ORDER BY course_code""")
                .param("municipalityId", municipalityId.value())
                .param("knownAt", knownBy(knownAt))
                .query((row, rowNumber) -> new Course(row.getString("course_code"), row.getString("title"),
                        row.getString("provider"), plain(row.getBigDecimal("stimulus_per_certificate_sek"))))
                .list();
    }

    /**
     * Completions by {@code at.asOf()} recorded by {@code at.knownAt()}, per course, unit and kind. As known now,
     * the months before asOf's come summed per month (rm_training_month), and only asOf's month day by day.
     */
    List<Completions> completions(MunicipalityId municipalityId, PointInTime at) {
        String sql = at.knownAt() == null ? """
                SELECT course_code, unit_key, counted, SUM(completions) AS completions FROM (
                    SELECT course_code, unit_key, counted, completions FROM rm_training_month
                    WHERE municipality_id = :municipalityId AND month_start < :monthStart
                    UNION ALL
                    SELECT course_code, COALESCE(unit_id, :noUnit) AS unit_key, counted, completions
                    FROM rm_training_completion
                    WHERE municipality_id = :municipalityId AND completed_on >= :monthStart
                      AND completed_on <= :asOf) so_far
                GROUP BY course_code, unit_key, counted""" : """
                SELECT course_code, COALESCE(unit_id, :noUnit) AS unit_key, counted, SUM(completions) AS completions
                FROM rm_training_completion
                WHERE municipality_id = :municipalityId AND completed_on <= :asOf AND recorded_at <= :knownAt
                GROUP BY course_code, unit_id, counted""";
        return jdbc.sql(sql)
                .param("municipalityId", municipalityId.value())
                .param("monthStart", at.asOf().withDayOfMonth(1))
                .param("asOf", at.asOf())
                .param("knownAt", knownBy(at.knownAt()))
                .param("noUnit", NO_UNIT)
                .query((row, rowNumber) -> {
                    String unit = row.getString("unit_key");
                    return new Completions(row.getString("course_code"), unit.equals(NO_UNIT) ? null : unit,
                            row.getBoolean("counted"), row.getLong("completions"));
                })
                .list();
    }

    /**
     * Completions per completion date up to {@code until}, recorded by {@code knownAt}: of one course or all (null),
     * of some units or of the whole municipality (null: counted batches without a unit included).
     */
    NavigableMap<LocalDate, Long> completionsByDate(MunicipalityId municipalityId, String courseCode,
                                                   Collection<String> unitIds, LocalDate until, Instant knownAt) {
        NavigableMap<LocalDate, Long> byDate = new TreeMap<>();
        if (unitIds != null && unitIds.isEmpty()) {
            return byDate;
        }
        reads.upTo(municipalityId, knownAt, Arrays.asList("completionsByDate", courseCode, unitIds), until,
                        DayCount::date, (upTo, known) -> daily(municipalityId, courseCode, unitIds, upTo, known))
                .forEach(day -> byDate.put(day.date(), day.completions()));
        return byDate;
    }

    private List<DayCount> daily(MunicipalityId municipalityId, String courseCode, Collection<String> unitIds,
                                 LocalDate until, Instant knownAt) {
        String sql = unitIds == null && knownAt == null
                ? "SELECT completed_on, SUM(completions) AS completions FROM rm_training_day"
                + " WHERE municipality_id = :municipalityId"
                + (courseCode == null ? "" : " AND course_code = :courseCode")
                + " AND completed_on <= :until GROUP BY completed_on ORDER BY completed_on"
                : "SELECT completed_on, SUM(completions) AS completions FROM rm_training_completion"
                + " WHERE municipality_id = :municipalityId"
                + (courseCode == null ? "" : " AND course_code = :courseCode")
                + (unitIds == null ? "" : " AND unit_id IN (:unitIds)")
                + " AND completed_on <= :until AND recorded_at <= :knownAt GROUP BY completed_on"
                + " ORDER BY completed_on";
        return jdbc.sql(sql)
                .param("municipalityId", municipalityId.value())
                .param("courseCode", courseCode)
                .param("unitIds", unitIds)
                .param("until", until)
                .param("knownAt", knownBy(knownAt))
                .query((row, rowNumber) -> new DayCount(row.getObject("completed_on", LocalDate.class),
                        row.getLong("completions")))
                .list();
    }
}
