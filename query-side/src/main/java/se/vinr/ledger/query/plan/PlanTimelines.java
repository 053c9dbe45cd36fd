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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan timeline table ({@code rm_plan_timeline}): one row per plan event, the event stored as JSON. Each plan's
 * rows are parsed once per change of the plan's stamp ({@code rm_plan_stream}), not once per read.
 */
@Repository
class PlanTimelines {

    /** Plans whose parsed rows are kept: about 1-3 each for Sweden's 290 municipalities, with room to spare. */
    private static final int PARSED_PLANS = 1_000;

    /** Stored type names are the events' simple names; the sealed interface lists every type there is. */
    private static final Map<String, Class<? extends PlanEvent>> EVENT_TYPES =
            Arrays.stream(PlanEvent.class.getPermittedSubclasses())
                    .map(type -> type.asSubclass(PlanEvent.class))
                    .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private static final String COLUMNS = "sequence_number, business_date, recorded_at, recorded_by, correlation_id, event_type, payload, source_document, source_passage";

    /** A plan's rows, parsed, in sequence order, and the stamp that was current before they were read. */
    private record Parsed(String stamp, List<TimelineEntry> entries) {
    }

    private record PlanKey(String municipalityId, String planId) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;
    /** The least recently read plan makes room; guarded by itself. */
    private final Map<PlanKey, Parsed> parsed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PlanKey, Parsed> eldest) {
            return size() > PARSED_PLANS;
        }
    };

    PlanTimelines(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /**
     * Adds the entry unless the event is there already (redelivery, replay over existing rows); a new row renews the
     * plan's stamp in the same transaction.
     */
    void append(String eventId, TimelineEntry entry) {
        PlanEvent event = entry.event();
        int added = jdbc.sql("""
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
        if (added > 0) {
            jdbc.sql("""
                            MERGE INTO rm_plan_stream t
                            USING (SELECT CAST(:municipalityId AS VARCHAR) AS municipality_id,
                                          CAST(:planId AS VARCHAR) AS plan_id) s
                            ON (t.municipality_id = s.municipality_id AND t.plan_id = s.plan_id)
                            WHEN MATCHED THEN UPDATE SET stamp = :stamp
                            WHEN NOT MATCHED THEN INSERT (municipality_id, plan_id, stamp)
                            VALUES (:municipalityId, :planId, :stamp)""")
                    .param("municipalityId", event.municipalityId().value())
                    .param("planId", event.planId().value())
                    .param("stamp", UUID.randomUUID().toString())
                    .update();
        }
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
        jdbc.sql("DELETE FROM rm_plan_stream").update();
        synchronized (parsed) {
            parsed.clear();
        }
    }

    /** The plan's entries in sequence order. */
    List<TimelineEntry> ofPlan(MunicipalityId municipalityId, PlanId planId) {
        String stamp = jdbc.sql("SELECT stamp FROM rm_plan_stream WHERE municipality_id = :municipalityId"
                        + " AND plan_id = :planId")
                .param("municipalityId", municipalityId.value())
                .param("planId", planId.value())
                .query(String.class).optional().orElse(null);
        return entries(new PlanKey(municipalityId.value(), planId.value()), stamp);
    }

    /** The entries of the municipality's plans, plan by plan, each plan's in sequence order. */
    List<TimelineEntry> ofMunicipality(MunicipalityId municipalityId) {
        Map<String, String> stamps = new LinkedHashMap<>();
        jdbc.sql("SELECT plan_id, stamp FROM rm_plan_stream WHERE municipality_id = :municipalityId ORDER BY plan_id")
                .param("municipalityId", municipalityId.value())
                .query(row -> {
                    stamps.put(row.getString("plan_id"), row.getString("stamp"));
                });
        List<TimelineEntry> entries = new ArrayList<>();
        stamps.forEach((planId, stamp) -> entries.addAll(entries(new PlanKey(municipalityId.value(), planId), stamp)));
        return entries;
    }

    /**
     * The plan's entries parsed under {@code stamp} (read before this call); read and parsed again where the stamp
     * has changed since. Without a stamp there are no rows, unless in a transaction still adding the plan's first.
     */
    private List<TimelineEntry> entries(PlanKey plan, String stamp) {
        if (stamp != null) {
            synchronized (parsed) {
                Parsed known = parsed.get(plan);
                if (known != null && known.stamp().equals(stamp)) {
                    return known.entries();
                }
            }
        }
        List<TimelineEntry> entries = jdbc.sql("SELECT " + COLUMNS + " FROM rm_plan_timeline"
                        + " WHERE municipality_id = :municipalityId AND plan_id = :planId ORDER BY sequence_number")
                .param("municipalityId", plan.municipalityId())
                .param("planId", plan.planId())
                .query(this::entry)
                .list();
        if (stamp != null) {
            entries = List.copyOf(entries);
            synchronized (parsed) {
                parsed.put(plan, new Parsed(stamp, entries));
            }
        }
        return entries;
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
