package se.vinr.ledger.query.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

import se.vinr.ledger.events.common.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything that happened to a plan, in business-date order, as known at a point in time. */
public record PlanHistory(String municipalityId, String planId, long version, LocalDate asOf, Instant knownAt,
                          List<Entry> entries) {

    @Schema(name = "PlanHistoryEntry")
    public record Entry(
            @Schema(description = "Sequence number of the event in the plan's stream") long sequence,
            @Schema(example = "PlanDecisionRecorded") String type,
            LocalDate businessDate,
            Instant recordedAt,
            String recordedBy,
            String correlationId,
            @Schema(description = "The event's own fields (as in the event log, without municipalityId and planId)")
            JsonNode details,
            @Schema(description = "For a revision after the first: what changed against the previous revision")
            RevisionDiff diff,
            @Schema(description = "The document and passage the fact was taken from, if the writer gave one")
            Source source) {
    }
}
