package se.vinr.ledger.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * Every projection's state, and the aggregate snapshots in the event store.
 *
 * @param snapshots per aggregate type; null where this service cannot see the snapshot table (Axon Server)
 */
@Schema(description = "Every projection's position, lag, state and parked events, and the aggregate snapshots")
public record ProjectionOverview(List<ProjectionStatus> projections, List<SnapshotSummary> snapshots) {
}
