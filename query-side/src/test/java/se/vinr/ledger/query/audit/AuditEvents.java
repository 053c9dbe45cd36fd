package se.vinr.ledger.query.audit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import se.vinr.ledger.events.common.MetadataKeys;

import java.time.Instant;
import java.util.Map;

/** Event messages as the audit processor receives them, built by hand. */
final class AuditEvents {

    static final Instant RECORDED = Instant.parse("2023-05-15T08:30:00.123456Z");
    /** An Ed25519 private key (PKCS#8, base64) for tests that sign. */
    static final String SIGNING_KEY = "MC4CAQAwBQYDK2VwBCIEIOjCzBG4aZ723HwIXaK+6oBhY0pah/MWc/Dk5P0ahu1I";

    private AuditEvents() {
    }

    static GenericDomainEventMessage<Object> event(String eventId, Object payload, String aggregateType,
                                                   String aggregateId, long sequence, Instant recordedAt,
                                                   String userId, String correlationId) {
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload,
                Map.of(MetadataKeys.USER_ID, userId, MetadataKeys.CORRELATION_ID, correlationId), eventId,
                recordedAt);
    }

    static TrackingToken at(long globalIndex) {
        return new GlobalSequenceTrackingToken(globalIndex);
    }
}
