package se.vinr.ledger.query.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.NotFoundException;

import java.time.Instant;
import java.util.List;

/**
 * Signs chain heads: on request, and once a day every municipality whose head moved since
 * ({@code vinr.audit.checkpoint-cron}, default 02:00 Swedish time).
 */
@Component
public class CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final AuditLog auditLog;
    private final Checkpoints checkpoints;
    private final SigningKey key;

    CheckpointSigner(AuditLog auditLog, Checkpoints checkpoints, SigningKey key) {
        this.auditLog = auditLog;
        this.checkpoints = checkpoints;
        this.key = key;
    }

    public record Signed(Checkpoint checkpoint, boolean created) {
    }

    /** A checkpoint of the municipality's current head: the one there is if the head is signed already. */
    public Signed sign(String municipalityId) {
        AuditEvent head = auditLog.head(municipalityId)
                .orElseThrow(() -> NotFoundException.municipality(new MunicipalityId(municipalityId)));
        return checkpoints.at(municipalityId, head.chainIndex())
                .map(existing -> new Signed(existing, false))
                .orElseGet(() -> new Signed(checkpoints.add(signed(head)), true));
    }

    public Checkpoint checkpoint(String municipalityId, long chainIndex) {
        return checkpoints.at(municipalityId, chainIndex).orElseThrow(() -> new NotFoundException(
                "Checkpoint not found", "No checkpoint of '" + municipalityId + "' at chain index " + chainIndex));
    }

    public List<Checkpoint> checkpoints(String municipalityId) {
        return checkpoints.of(municipalityId, Long.MAX_VALUE);
    }

    @Scheduled(cron = "${vinr.audit.checkpoint-cron:0 0 2 * * *}", zone = "Europe/Stockholm")
    void daily() {
        for (String municipalityId : auditLog.municipalities()) {
            Signed signed = sign(municipalityId);
            if (signed.created()) {
                log.info("Signed checkpoint {} of {}", signed.checkpoint().chainIndex(), municipalityId);
            }
        }
    }

    private Checkpoint signed(AuditEvent head) {
        Checkpoint unsigned = new Checkpoint(head.municipalityId(), head.chainIndex(), head.eventId(), head.hash(),
                Instant.now(), key.keyId(), null);
        return unsigned.withSignature(key.sign(unsigned.statement()));
    }
}
