package se.vinr.ledger.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * The aggregate snapshots of one aggregate type in the event store (Axon keeps the latest per aggregate).
 *
 * @param aggregates       aggregates with a snapshot
 * @param highestSequence  the highest event sequence number a snapshot was taken at
 * @param latestAt         when the newest snapshot was taken
 */
@Schema(description = "Aggregate snapshots of one aggregate type")
public record SnapshotSummary(@Schema(example = "Plan") String aggregateType, long aggregates, long highestSequence,
                              Instant latestAt) {
}
