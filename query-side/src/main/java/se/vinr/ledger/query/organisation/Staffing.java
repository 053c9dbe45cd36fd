package se.vinr.ledger.query.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.UnitRegistered;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.TrackedReads;
import se.vinr.ledger.query.TrackingWrites;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static se.vinr.ledger.query.Tracking.knownBy;
import static se.vinr.ledger.query.Tracking.recordedAt;
import static se.vinr.ledger.query.Tracking.row;

/**
 * The units and headcount history the tracking views measure against ({@code rm_tracking_unit},
 * {@code rm_headcount}). Units have no business date: a unit counts on every date once its registration is known.
 */
@Repository
public class Staffing {

    private final JdbcClient jdbc;
    private final TrackingWrites writes;
    private final TrackedReads reads;

    Staffing(JdbcClient jdbc, TrackingWrites writes, TrackedReads reads) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.reads = reads;
    }

    void register(UnitRegistered event, String eventId, long sequence, Instant recordedAt) {
        writes.insertOnce("rm_tracking_unit", List.of("municipality_id", "unit_id"), row(
                "municipality_id", event.municipalityId().value(),
                "unit_id", event.unitId().value(),
                "name", event.name(),
                "department", event.department(),
                "operator", event.operator().name(),
                "recorded_at", recordedAt(recordedAt)));
        if (event.headcount() != null) {
            addHeadcount(eventId, event.municipalityId(), event.unitId().value(), event.headcount(), null, sequence,
                    recordedAt);
        }
    }

    void report(HeadcountReported event, String eventId, long sequence, Instant recordedAt) {
        addHeadcount(eventId, event.municipalityId(), event.unitId().value(), event.headcount(), event.asOf(),
                sequence, recordedAt);
    }

    private void addHeadcount(String eventId, MunicipalityId municipalityId, String unitId, int headcount,
                              LocalDate asOf, long sequence, Instant recordedAt) {
        writes.insertOnce("rm_headcount", List.of("event_id"), row(
                "event_id", eventId,
                "municipality_id", municipalityId.value(),
                "unit_id", unitId,
                "headcount", headcount,
                "as_of", asOf,
                "sequence_number", sequence,
                "recorded_at", recordedAt(recordedAt)));
    }

    void clear() {
        writes.clear("rm_headcount", "rm_tracking_unit");
    }

    /** The municipality's units registered by {@code knownAt} (null: all), by id. */
    public List<TrackedUnit> units(MunicipalityId municipalityId, Instant knownAt) {
        return reads.read(municipalityId, knownAt, List.of("units"), () -> List.copyOf(jdbc.sql("""
                        SELECT unit_id, name, department, operator FROM rm_tracking_unit
                        WHERE municipality_id = :municipalityId AND recorded_at <= :knownAt ORDER BY unit_id""")
                .param("municipalityId", municipalityId.value())
                .param("knownAt", knownBy(knownAt))
                .query((row, rowNumber) -> new TrackedUnit(row.getString("unit_id"), row.getString("name"),
                        row.getString("department"), row.getString("operator")))
                .list()));
    }

    /** The staff of all the municipality's units on a date; null unless every one has a known headcount then. */
    public Long staff(MunicipalityId municipalityId, PointInTime at) {
        return HeadcountTimeline.total(headcounts(municipalityId, at.asOf(), at.knownAt()).at(at.asOf()),
                units(municipalityId, at.knownAt()).stream().map(TrackedUnit::unitId).toList());
    }

    /**
     * The headcounts recorded by {@code knownAt} (null: all) that take effect by {@code until}: those given at
     * registration first, then the reports by date. Two reads, each a range of the index in its order (ordered by
     * municipality too, so that H2 sees it needs no sort).
     */
    public HeadcountTimeline headcounts(MunicipalityId municipalityId, LocalDate until, Instant knownAt) {
        return new HeadcountTimeline(reads.upTo(municipalityId, knownAt, List.of("headcounts"), until,
                HeadcountTimeline.Report::asOf, (upTo, known) -> {
                    List<HeadcountTimeline.Report> reports = new ArrayList<>(headcounts(municipalityId,
                            "as_of IS NULL", null, known));
                    reports.addAll(headcounts(municipalityId, "as_of <= :until", upTo, known));
                    return reports;
                }));
    }

    private List<HeadcountTimeline.Report> headcounts(MunicipalityId municipalityId, String effective,
                                                      LocalDate until, Instant knownAt) {
        return jdbc.sql("SELECT unit_id, headcount, as_of FROM rm_headcount WHERE municipality_id = :municipalityId"
                        + " AND " + effective + " AND recorded_at <= :knownAt"
                        + " ORDER BY municipality_id, as_of, sequence_number")
                .param("municipalityId", municipalityId.value())
                .param("knownAt", knownBy(knownAt))
                .param("until", until)
                .query((row, rowNumber) -> new HeadcountTimeline.Report(row.getString("unit_id"),
                        row.getInt("headcount"), row.getObject("as_of", LocalDate.class)))
                .list();
    }
}
