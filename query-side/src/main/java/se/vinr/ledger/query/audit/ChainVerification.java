package se.vinr.ledger.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/** The outcome of recomputing a municipality's hash chain from the event store. */
public record ChainVerification(
        @Schema(example = "gotland") String municipalityId,
        @Schema(description = "True when every chained event matched the store, every signed checkpoint matched "
                + "its recomputed hash and the store holds no unchained event the log should have") boolean ok,
        @Schema(description = "Chained events recomputed and found equal, up to the first break") long eventsChecked,
        @Schema(description = "Events in the municipality's chain when the verification started") long chainLength,
        @Schema(description = "The chain's head hash as stored") String headHash,
        @Schema(description = "Signed checkpoints compared with the recomputed chain") int checkpointsChecked,
        @Schema(description = "Events of the municipality in the store that the audit projection has not handled "
                + "yet (not a fault: they are chained shortly)") long eventsNotYetChained,
        @Schema(description = "Where the chain first breaks; null when ok") Break firstBreak) {

    public enum Problem {
        /** The event's payload in the store differs from the one chained. */
        PAYLOAD_ALTERED,
        /** The event's metadata in the store differs from the one chained. */
        METADATA_ALTERED,
        /** Type, revision, aggregate, sequence or recording time of the event in the store differs. */
        EVENT_ALTERED,
        /** The chain has the event, the store does not (any more). */
        EVENT_MISSING,
        /** The store has an event of the municipality, handled by the projection, that the chain does not have. */
        EXTRA_EVENT,
        /** The store matches, but the audit log's copy of the event or its hash was changed. */
        AUDIT_LOG_ALTERED,
        /** A signed checkpoint does not match the recomputed chain, or its signature is not valid. */
        CHECKPOINT_MISMATCH
    }

    @Schema(description = "The first position where the recomputed chain differs from the stored one")
    public record Break(
            @Schema(description = "Position in the audit log; null for an extra event") Long position,
            @Schema(description = "Place in the chain; null for an extra event") Long chainIndex,
            long globalIndex,
            String eventId,
            Problem problem,
            String detail) {
    }
}
