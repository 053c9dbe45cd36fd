package se.vinr.ledger.query.screening;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.screening.ScreeningsRecorded;
import se.vinr.ledger.query.TrackingWrites;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static se.vinr.ledger.query.Tracking.knownBy;
import static se.vinr.ledger.query.Tracking.recordedAt;
import static se.vinr.ledger.query.Tracking.row;

/** Every screening record ({@code rm_screening}); reads see only the latest of each unit, instrument and period. */
@Repository
class ScreeningRecords {

    record Screenings(String unitId, String instrument, LocalDate periodStart, LocalDate periodEnd, int screenings,
                      Instant recordedAt) {
    }

    /** Which records to read: periods ending by {@code until}, optionally of one instrument and within from–to. */
    record Selection(LocalDate until, Instant knownAt, String instrument, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;
    private final TrackingWrites writes;

    ScreeningRecords(JdbcClient jdbc, TrackingWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    void add(ScreeningsRecorded event, String eventId, long sequence, Instant recordedAt) {
        writes.insertOnce("rm_screening", List.of("event_id"), row(
                "event_id", eventId,
                "municipality_id", event.municipalityId().value(),
                "unit_id", event.unitId().value(),
                "instrument", event.instrument().name(),
                "period_start", event.periodStart(),
                "period_end", event.periodEnd(),
                "screenings", event.count(),
                "sequence_number", sequence,
                "recorded_at", recordedAt(recordedAt)));
    }

    void clear() {
        writes.clear("rm_screening");
    }

    /**
     * The records that stand: of those recorded by the selection's knownAt, the latest for each unit, instrument and
     * period; by instrument, unit and period.
     */
    List<Screenings> standing(MunicipalityId municipalityId, Selection selection) {
        return jdbc.sql("SELECT unit_id, instrument, period_start, period_end, screenings, recorded_at FROM ("
                        + " SELECT s.*, ROW_NUMBER() OVER (PARTITION BY unit_id, instrument, period_start, period_end"
                        + " ORDER BY sequence_number DESC) AS newest FROM rm_screening s"
                        + " WHERE municipality_id = :municipalityId AND period_end <= :until"
                        + " AND recorded_at <= :knownAt"
                        + (selection.instrument() == null ? "" : " AND instrument = :instrument")
                        + (selection.from() == null ? "" : " AND period_start >= :from")
                        + (selection.to() == null ? "" : " AND period_end <= :to")
                        + ") standing WHERE newest = 1 ORDER BY instrument, unit_id, period_start, period_end")
                .param("municipalityId", municipalityId.value())
                .param("until", selection.until())
                .param("knownAt", knownBy(selection.knownAt()))
                .param("instrument", selection.instrument())
                .param("from", selection.from())
                .param("to", selection.to())
                .query((row, rowNumber) -> new Screenings(row.getString("unit_id"), row.getString("instrument"),
                        row.getObject("period_start", LocalDate.class), row.getObject("period_end", LocalDate.class),
                        row.getInt("screenings"), row.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
