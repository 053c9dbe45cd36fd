package se.vinr.ledger.query.keyperson;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.keyperson.KeyPersonTotalReported;
import se.vinr.ledger.query.TrackedReads;
import se.vinr.ledger.query.TrackingWrites;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static se.vinr.ledger.query.Tracking.knownBy;
import static se.vinr.ledger.query.Tracking.recordedAt;
import static se.vinr.ledger.query.Tracking.row;

/** Key persons' assignments ({@code rm_key_person_assignment}) and reported totals ({@code rm_key_person_total}). */
@Repository
class KeyPersonRecords {

    /** From {@code effectiveOn} the key person serves {@code unitId}, or no unit any more (null). */
    record Assignment(String keyPersonId, String unitId, LocalDate effectiveOn) {
    }

    private final JdbcClient jdbc;
    private final TrackingWrites writes;
    private final TrackedReads reads;

    KeyPersonRecords(JdbcClient jdbc, TrackingWrites writes, TrackedReads reads) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.reads = reads;
    }

    /** {@code unitId} null: the key person serves no unit from {@code effectiveOn} on. */
    void assign(String eventId, MunicipalityId municipalityId, KeyPersonId keyPersonId, UnitId unitId,
                LocalDate effectiveOn, Instant recordedAt) {
        writes.insertOnce("rm_key_person_assignment", List.of("event_id"), row(
                "event_id", eventId,
                "municipality_id", municipalityId.value(),
                "key_person_id", keyPersonId.value(),
                "unit_id", unitId == null ? null : unitId.value(),
                "effective_on", effectiveOn,
                "recorded_at", recordedAt(recordedAt)));
    }

    void report(KeyPersonTotalReported event, String eventId, long sequence, Instant recordedAt) {
        Source source = event.source();
        writes.insertOnce("rm_key_person_total", List.of("event_id"), row(
                "event_id", eventId,
                "municipality_id", event.municipalityId().value(),
                "reported_count", event.count(),
                "as_of", event.asOf(),
                "source_document", source == null ? null : source.document(),
                "source_passage", source == null ? null : source.passage(),
                "sequence_number", sequence,
                "recorded_at", recordedAt(recordedAt)));
    }

    void clear() {
        writes.clear("rm_key_person_assignment", "rm_key_person_total");
    }

    /** Assignments effective by {@code until} and recorded by {@code knownAt} (null: all), in date order. */
    List<Assignment> assignments(MunicipalityId municipalityId, LocalDate until, Instant knownAt) {
        return reads.upTo(municipalityId, knownAt, List.of("assignments"), until, Assignment::effectiveOn,
                (upTo, known) -> jdbc.sql("""
                        SELECT key_person_id, unit_id, effective_on FROM rm_key_person_assignment
                        WHERE municipality_id = :municipalityId AND effective_on <= :until AND recorded_at <= :knownAt
                        ORDER BY effective_on, recorded_at""")
                .param("municipalityId", municipalityId.value())
                .param("until", upTo)
                .param("knownAt", knownBy(known))
                .query((row, rowNumber) -> new Assignment(row.getString("key_person_id"), row.getString("unit_id"),
                        row.getObject("effective_on", LocalDate.class)))
                .list());
    }

    /**
     * Reported totals for dates by {@code until}, recorded by {@code knownAt} (null: all), in date order; of two for
     * the same date the later recorded comes last.
     */
    List<ReportedTotal> totals(MunicipalityId municipalityId, LocalDate until, Instant knownAt) {
        return reads.upTo(municipalityId, knownAt, List.of("totals"), until, ReportedTotal::asOf,
                (upTo, known) -> jdbc.sql("""
                        SELECT reported_count, as_of, source_document, source_passage FROM rm_key_person_total
                        WHERE municipality_id = :municipalityId AND as_of <= :until AND recorded_at <= :knownAt
                        ORDER BY as_of, sequence_number""")
                .param("municipalityId", municipalityId.value())
                .param("until", upTo)
                .param("knownAt", knownBy(known))
                .query(KeyPersonRecords::total)
                .list());
    }

    private static ReportedTotal total(ResultSet row, int rowNumber) throws SQLException {
        String document = row.getString("source_document");
        return new ReportedTotal(row.getInt("reported_count"), row.getObject("as_of", LocalDate.class),
                document == null ? null : new Source(document, row.getString("source_passage")));
    }
}
