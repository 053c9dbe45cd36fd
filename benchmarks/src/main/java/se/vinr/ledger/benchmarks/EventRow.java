package se.vinr.ledger.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import se.vinr.ledger.events.common.MetadataKeys;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.PlanRevisionProposed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A row equivalent to the DomainEventEntry row of one PlanRevisionProposed event: the same columns, a payload and
 * metadata of the same JSON (so of the same size), for the raw INSERT + COMMIT ceiling.
 */
public final class EventRow {

    /**
     * The event table's own DDL, taken from command-side's migration and renamed, so the ceiling keeps the shape
     * (columns, types, constraints) of the table it is compared with.
     */
    static final String CREATE_TABLE = eventTableDdl();

    static final String INSERT = "INSERT INTO RawEventEntry (aggregateIdentifier, sequenceNumber, type,"
            + " eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String TYPE = "Plan";
    static final String PAYLOAD_TYPE = PlanRevisionProposed.class.getName();

    final byte[] payload;
    final byte[] metaData;

    private static String eventTableDdl() {
        try (InputStream migration = EventRow.class.getResourceAsStream(
                "/db/migration/command/V1_1__axon_event_store.sql")) {
            String ddl = new String(migration.readAllBytes(), StandardCharsets.UTF_8);
            int start = ddl.indexOf("CREATE TABLE DomainEventEntry");
            String create = ddl.substring(start, ddl.indexOf(");", start) + 1);
            return create.replace("DomainEventEntry", "RawEventEntry").replace("uk_domain_event", "uk_raw_event");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("command-side's event store migration is not on the class path", e);
        }
    }

    private EventRow(byte[] payload, byte[] metaData) {
        this.payload = payload;
        this.metaData = metaData;
    }

    /** The payload and metadata Jackson makes of a PlanRevisionProposed with {@link Ledger}'s revision content. */
    public static EventRow planRevisionProposed() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        PlanContent content = Ledger.parse(mapper, Ledger.REVISION_CONTENT, PlanContent.class);
        PlanRevisionProposed event = new PlanRevisionProposed(Ledger.MUNICIPALITY, new PlanId("hot"), 1234, content,
                "Social resursförvaltningen", LocalDate.of(2021, 8, 26), "Reviderade aktiviteter", "N164-0224/21");
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(MetadataKeys.USER_ID, "benchmark");
        meta.put(MetadataKeys.MUNICIPALITY_ID, Ledger.MUNICIPALITY.value());
        meta.put(MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString());
        meta.put(MetadataKeys.CAUSATION_ID, UUID.randomUUID().toString());
        try {
            return new EventRow(mapper.writeValueAsBytes(event), mapper.writeValueAsBytes(meta));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
