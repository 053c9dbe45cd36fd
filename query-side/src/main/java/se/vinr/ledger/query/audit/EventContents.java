package se.vinr.ledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.MetadataKeys;
import se.vinr.ledger.events.common.MunicipalityScoped;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads what the audit log keeps of an Axon event message. The projection (as events are handled) and the verifier
 * (reading the event store again) both go through here, so they hash the same thing: payload and metadata as
 * Spring's ObjectMapper writes them.
 */
@Component
public class EventContents {

    private final ObjectMapper objectMapper;

    EventContents(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    ChainedContent content(EventMessage<?> event) {
        Class<?> payloadType = event.getPayloadType();
        Revision revision = payloadType.getAnnotation(Revision.class);
        DomainEventMessage<?> domainEvent = event instanceof DomainEventMessage<?> d ? d : null;
        return new ChainedContent(event.getIdentifier(), payloadType.getSimpleName(),
                revision == null ? null : revision.value(),
                domainEvent == null ? null : domainEvent.getType(),
                domainEvent == null ? null : domainEvent.getAggregateIdentifier(),
                domainEvent == null ? null : domainEvent.getSequenceNumber(),
                event.getTimestamp(),
                objectMapper.valueToTree(event.getPayload()),
                objectMapper.valueToTree(event.getMetaData()));
    }

    /** The payload's municipality, else the one in the metadata; empty for an event of no municipality. */
    static Optional<String> municipalityId(EventMessage<?> event) {
        if (event.getPayload() instanceof MunicipalityScoped scoped && scoped.municipalityId() != null) {
            return Optional.of(scoped.municipalityId().value());
        }
        return Optional.ofNullable(metadata(event, MetadataKeys.MUNICIPALITY_ID));
    }

    static LocalDate businessDate(EventMessage<?> event) {
        return event.getPayload() instanceof BusinessDated dated ? dated.businessDate() : null;
    }

    static String metadata(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
