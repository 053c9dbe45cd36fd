package se.vinr.ledger.query.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.PlanEvent;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The plan timeline table ({@code rm_plan_timeline}): one row per plan event, the event stored as JSON. */
@Repository
class PlanTimelines {

    /** Stored type names are the events' simple names; the sealed interface lists every type there is. */
    private static final Map<String, Class<? extends PlanEvent>> EVENT_TYPES =
            Arrays.stream(PlanEvent.class.getPermittedSubclasses())
                    .map(type -> type.asSubclass(PlanEvent.class))
                    .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private static final String COLUMNS = "sequence_number, business_date, recorded_at, recorded_by, correlation_id, event_type, payload, source_document, source_passage";

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    PlanTimelines(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** Adds the entry unless the event is there already (redelivery, replay over existing rows). */
    void append(String eventId, TimelineEntry entry) {
        PlanEvent event = entry.event();
        jdbc.sql("""
                        MERGE INTO rm_plan_timeline t
                        USING (SELECT CAST(:eventId AS VARCHAR) AS event_id) s ON (t.event_id = s.event_id)
                        WHEN NOT MATCHED THEN INSERT (event_id, municipality_id, plan_id, sequence_number, event_type,
                                                      business_date, recorded_at, recorded_by, correlation_id, payload,
                                                      source_document, source_passage)
                        VALUES (:eventId, :municipalityId, :planId, :sequence, :type,
                                :businessDate, :recordedAt, :recordedBy, :correlationId, :payload,
                                :sourceDocument, :sourcePassage)""")
                .param("eventId", eventId)
                .param("municipalityId", event.municipalityId().value())
                .param("planId", event.planId().value())
                .param("sequence", entry.sequence())
                .param("type", entry.type())
                .param("businessDate", entry.businessDate())
                // both databases keep microseconds: store what will be read back, so knownAt compares alike
                .param("recordedAt", OffsetDateTime.ofInstant(entry.recordedAt().truncatedTo(ChronoUnit.MICROS),
                        ZoneOffset.UTC))
                .param("recordedBy", entry.recordedBy())
                .param("correlationId", entry.correlationId())
                .param("payload", json(event))
                .param("sourceDocument", entry.source() == null ? null : entry.source().document())
                .param("sourcePassage", entry.source() == null ? null : entry.source().passage())
                .update();
    }

    /** Where the plan's history has got to: the latest business date among its entries. */
    LocalDate latestBusinessDate(MunicipalityId municipalityId, PlanId planId) {
        return jdbc.sql("SELECT MAX(business_date) FROM rm_plan_timeline WHERE municipality_id = :municipalityId"
                        + " AND plan_id = :planId")
                .param("municipalityId", municipalityId.value())
                .param("planId", planId.value())
                .query(LocalDate.class).single();
    }

    void clear() {
        jdbc.sql("DELETE FROM rm_plan_timeline").update();
    }

    List<TimelineEntry> ofPlan(MunicipalityId municipalityId, PlanId planId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rm_plan_timeline WHERE municipality_id = :municipalityId"
                        + " AND plan_id = :planId")
                .param("municipalityId", municipalityId.value())
                .param("planId", planId.value())
                .query(this::entry)
                .list();
    }

    List<TimelineEntry> ofMunicipality(MunicipalityId municipalityId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rm_plan_timeline WHERE municipality_id = :municipalityId")
                .param("municipalityId", municipalityId.value())
                .query(this::entry)
                .list();
    }

    List<TimelineEntry> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rm_plan_timeline").query(this::entry).list();
    }

    private TimelineEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new TimelineEntry(
                row.getLong("sequence_number"),
                row.getObject("business_date", LocalDate.class),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getString("recorded_by"),
                row.getString("correlation_id"),
                event(row.getString("event_type"), row.getString("payload")),
                row.getString("source_document") == null ? null
                        : new Source(row.getString("source_document"), row.getString("source_passage")));
    }

    private PlanEvent event(String type, String payload) {
        Class<? extends PlanEvent> eventType = EVENT_TYPES.get(type);
        if (eventType == null) {
            throw new IllegalStateException("Unknown plan event type in rm_plan_timeline: " + type);
        }
        try {
            return objectMapper.readValue(payload, eventType);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String json(PlanEvent event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
