package se.vinr.ledger.query.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** One event of the audit log, as the API and the export show it. */
public record AuditEvent(
        @Schema(description = "Place in the audit log (handling order); the paging cursor", example = "1042")
        long position,
        @Schema(description = "Global index in the event store", example = "1045") long globalIndex,
        @Schema(example = "gotland") String municipalityId,
        @Schema(description = "Place in the municipality's hash chain, from 1", example = "87") long chainIndex,
        String eventId,
        @Schema(description = "Simple name of the event record", example = "PlanDecisionRecorded") String type,
        @Schema(description = "The event record's revision, null for the first") String revision,
        @Schema(example = "Plan") String aggregateType,
        @Schema(example = "gotland/plan/son-2022-229") String aggregateId,
        @Schema(description = "Sequence number in the aggregate: its version after the event") Long sequence,
        @Schema(description = "When it was recorded (to the microsecond)") Instant recordedAt,
        @Schema(description = "The date the fact happened in the world; null for events without one")
        LocalDate businessDate,
        String userId,
        String correlationId,
        @Schema(types = "object", description = "The event's content (canonical JSON)") @JsonRawValue String payload,
        @Schema(types = "object", description = "Who, where, how: userId, municipalityId, correlationId, "
                + "causationId, clientIp, userAgent, source") @JsonRawValue String metadata,
        @Schema(description = "Hash of the previous event of the municipality (64 zeros for the first)")
        String previousHash,
        @Schema(description = "SHA-256 over previousHash and the canonical JSON of the event") String hash) {

    /** The part of the event the hash covers, from the log's own copy. */
    ChainedContent content() {
        return new ChainedContent(eventId, type, revision, aggregateType, aggregateId, sequence, recordedAt,
                CanonicalJson.read(payload), CanonicalJson.read(metadata));
    }
}
