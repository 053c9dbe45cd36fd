package se.vinr.ledger.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * Where one projection (an event processor) stands against the event store.
 *
 * @param position the global index of the last event every segment has handled (null before the first)
 * @param head     the global index of the newest event in the store (null when the store is empty)
 * @param lag      events appended that the projection has not handled yet
 */
@Schema(description = "A projection's position, lag and state")
public record ProjectionStatus(
        @Schema(example = "plans") String name,
        State state,
        Long position,
        Long head,
        long lag,
        @Schema(description = "Segments the processor is split into and how many this instance processes")
        int segments,
        int segmentsClaimed,
        @Schema(description = "The last replay this instance started, absent if none")
        Replay replay,
        @Schema(description = "The error a segment stopped on, when state is ERROR")
        String error,
        @Schema(description = "Events its handlers failed on, parked; null for the audit chain, which retries "
                + "instead")
        DeadLetters deadLetters) {

    public enum State {
        /** Handling events as they are appended. */
        RUNNING,
        /** Rebuilding from the start of the event store; its views answer 503 meanwhile. */
        REPLAYING,
        /** Not processing (shut down, or not started yet). */
        STOPPED,
        /** A segment failed and is retrying. */
        ERROR
    }

    /**
     * Progress of a replay: {@code done} of the {@code total} events that were in the store when it started.
     *
     * @param eventsPerSecond events handled per second since the start (until the end once finished)
     */
    public record Replay(Instant startedAt, Instant finishedAt, long done, long total, double eventsPerSecond) {
    }
}
