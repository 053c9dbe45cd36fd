package se.vinr.ledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the hash chain covers of one event: everything the event store keeps of it except its global index (its
 * place in one particular store). Its canonical JSON ({@link CanonicalJson}) is the object
 * <pre>{"aggregateId", "aggregateType", "eventId", "metadata", "payload", "recordedAt", "revision", "sequence",
 * "type"}</pre>
 * with {@code recordedAt} as an ISO-8601 UTC instant to the microsecond ({@code Instant.toString()}, e.g.
 * {@code 2023-05-15T08:30:00.123456Z}), {@code type} the simple name of the event record, {@code revision} its
 * {@code @Revision} or null, and absent aggregate fields null.
 */
public record ChainedContent(String eventId, String type, String revision, String aggregateType, String aggregateId,
                             Long sequence, Instant recordedAt, JsonNode payload, JsonNode metadata) {

    public ChainedContent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metadata, "metadata");
    }

    public byte[] canonicalJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode()
                .put("eventId", eventId)
                .put("type", type)
                .put("revision", revision)
                .put("aggregateType", aggregateType)
                .put("aggregateId", aggregateId)
                .put("sequence", sequence)
                .put("recordedAt", recordedAt.toString());
        node.set("payload", payload);
        node.set("metadata", metadata);
        return CanonicalJson.bytes(node);
    }
}
