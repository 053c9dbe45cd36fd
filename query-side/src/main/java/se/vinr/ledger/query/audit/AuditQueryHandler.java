package se.vinr.ledger.query.audit;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.vinr.ledger.query.NotFoundException;

import java.util.List;

@Component
class AuditQueryHandler {

    private final AuditLog auditLog;
    private final ChainVerifier verifier;
    private final CheckpointSigner checkpoints;

    AuditQueryHandler(AuditLog auditLog, ChainVerifier verifier, CheckpointSigner checkpoints) {
        this.auditLog = auditLog;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    @QueryHandler
    AuditEventPage handle(FindAuditEvents query) {
        AuditFilter filter = query.filter();
        if (filter.municipalityId() != null) {
            auditLog.requireKnown(filter.municipalityId());
        }
        List<AuditEvent> events = auditLog.select(filter, query.after(), query.limit() + 1);
        if (events.isEmpty() && filter.municipalityId() == null && filter.correlationId() != null
                && auditLog.select(AuditFilter.correlation(filter.correlationId(), filter.readable()), 0, 1).isEmpty()) {
            throw new NotFoundException("Correlation not found",
                    "No event was caused by a request with correlation id '" + filter.correlationId() + "'");
        }
        if (events.size() <= query.limit()) {
            return new AuditEventPage(events, null);
        }
        List<AuditEvent> page = events.subList(0, query.limit());
        return new AuditEventPage(List.copyOf(page), String.valueOf(page.get(page.size() - 1).position()));
    }

    @QueryHandler
    ChainVerification handle(VerifyChain query) {
        return verifier.verify(query.municipalityId());
    }

    @QueryHandler
    List<Checkpoint> handle(FindCheckpoints query) {
        auditLog.requireKnown(query.municipalityId());
        return checkpoints.checkpoints(query.municipalityId());
    }
}
