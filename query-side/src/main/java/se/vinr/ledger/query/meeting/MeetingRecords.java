package se.vinr.ledger.query.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.meeting.MeetingHeld;
import se.vinr.ledger.events.meeting.MeetingSeriesDefined;
import se.vinr.ledger.query.TrackedReads;
import se.vinr.ledger.query.TrackingWrites;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static se.vinr.ledger.query.Tracking.knownBy;
import static se.vinr.ledger.query.Tracking.recordedAt;
import static se.vinr.ledger.query.Tracking.row;

/** Meeting series ({@code rm_meeting_series}) and the meetings held in them ({@code rm_meeting}). */
@Repository
class MeetingRecords {

    record Series(String seriesId, String name, int requiredPerYear) {
    }

    record Meeting(String seriesId, LocalDate date, Integer participants, String theme) {
    }

    private final JdbcClient jdbc;
    private final TrackingWrites writes;
    private final TrackedReads reads;

    MeetingRecords(JdbcClient jdbc, TrackingWrites writes, TrackedReads reads) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.reads = reads;
    }

    void define(MeetingSeriesDefined event, Instant recordedAt) {
        writes.insertOnce("rm_meeting_series", List.of("municipality_id", "series_id"), row(
                "municipality_id", event.municipalityId().value(),
                "series_id", event.seriesId().value(),
                "name", event.name(),
                "required_per_year", event.requiredPerYear(),
                "recorded_at", recordedAt(recordedAt)));
    }

    void add(MeetingHeld event, String eventId, Instant recordedAt) {
        writes.insertOnce("rm_meeting", List.of("event_id"), row(
                "event_id", eventId,
                "municipality_id", event.municipalityId().value(),
                "series_id", event.seriesId().value(),
                "held_on", event.date(),
                "participants", event.participants(),
                "theme", event.theme(),
                "recorded_at", recordedAt(recordedAt)));
    }

    void clear() {
        writes.clear("rm_meeting", "rm_meeting_series");
    }

    /** The municipality's series known at {@code knownAt} (null: all), by id. */
    List<Series> series(MunicipalityId municipalityId, Instant knownAt) {
        return jdbc.sql("""
                        SELECT series_id, name, required_per_year FROM rm_meeting_series
                        WHERE municipality_id = :municipalityId AND recorded_at <= :knownAt ORDER BY series_id""")
                .param("municipalityId", municipalityId.value())
                .param("knownAt", knownBy(knownAt))
                .query((row, rowNumber) -> new Series(row.getString("series_id"), row.getString("name"),
                        row.getInt("required_per_year")))
                .list();
    }

    /** The days meetings of a series were held by {@code until}, recorded by {@code knownAt} (null: all), in order. */
    List<LocalDate> heldOn(MunicipalityId municipalityId, String seriesId, LocalDate until, Instant knownAt) {
        return reads.upTo(municipalityId, knownAt, List.of("heldOn", seriesId), until, day -> day,
                (upTo, known) -> jdbc.sql("""
                        SELECT held_on FROM rm_meeting
                        WHERE municipality_id = :municipalityId AND series_id = :seriesId AND held_on <= :until
                          AND recorded_at <= :knownAt
                        ORDER BY held_on""")
                .param("municipalityId", municipalityId.value())
                .param("seriesId", seriesId)
                .param("until", upTo)
                .param("knownAt", knownBy(known))
                .query(LocalDate.class)
                .list());
    }

    /** Meetings of every series held by {@code until} and recorded by {@code knownAt} (null: all). */
    List<Meeting> meetings(MunicipalityId municipalityId, LocalDate until, Instant knownAt) {
        return jdbc.sql("SELECT series_id, held_on, participants, theme FROM rm_meeting"
                        + " WHERE municipality_id = :municipalityId"
                        + " AND held_on <= :until AND recorded_at <= :knownAt ORDER BY series_id, held_on")
                .param("municipalityId", municipalityId.value())
                .param("until", until)
                .param("knownAt", knownBy(knownAt))
                .query((row, rowNumber) -> new Meeting(row.getString("series_id"),
                        row.getObject("held_on", LocalDate.class), (Integer) row.getObject("participants"),
                        row.getString("theme")))
                .list();
    }
}
