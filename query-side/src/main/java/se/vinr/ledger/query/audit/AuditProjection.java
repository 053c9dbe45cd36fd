package se.vinr.ledger.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MetadataKeys;

import java.util.Optional;

/**
 * Writes every event into the audit log and its municipality's hash chain. The chain needs one order, so this
 * processing group runs with exactly one segment (see the standalone application.yml) and, should a write fail,
 * retries the event rather than skipping it ({@link AuditConfiguration}).
 */
@Component
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
public class AuditProjection {

    public static final String PROCESSING_GROUP = "audit";
    private static final Logger log = LoggerFactory.getLogger(AuditProjection.class);

    private final AuditLog auditLog;
    private final EventContents contents;

    AuditProjection(AuditLog auditLog, EventContents contents) {
        this.auditLog = auditLog;
        this.contents = contents;
    }

    @EventHandler
    public void on(EventMessage<?> event, TrackingToken token) {
        Optional<String> municipalityId = EventContents.municipalityId(event);
        if (municipalityId.isEmpty()) {
            log.warn("Event {} ({}) names no municipality and is left out of the audit log", event.getIdentifier(),
                    event.getPayloadType().getSimpleName());
            return;
        }
        auditLog.append(new AuditEntry(token.position().orElseThrow(), municipalityId.get(), contents.content(event),
                EventContents.businessDate(event), EventContents.metadata(event, MetadataKeys.USER_ID),
                EventContents.metadata(event, MetadataKeys.CORRELATION_ID)));
    }

    @ResetHandler
    public void reset() {
        auditLog.clear();
    }
}
