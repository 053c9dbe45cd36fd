package se.vinr.ledger.query.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.vinr.ledger.events.plan.PlanRevisionProposed;
import se.vinr.ledger.query.PointInTime;

import java.util.ArrayList;
import java.util.List;

/** Turns a plan's visible timeline into its history, each revision after the first with its diff. */
final class PlanHistoryFold {

    private final ObjectMapper objectMapper;
    private final ContentDiff contentDiff;

    PlanHistoryFold(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
        this.contentDiff = new ContentDiff(objectMapper);
    }

    /** {@code timeline} must not be empty. */
    PlanHistory history(PlanTimeline timeline, PointInTime at) {
        List<PlanHistory.Entry> entries = new ArrayList<>();
        PlanRevisionProposed previous = null;
        for (TimelineEntry entry : timeline.entries()) {
            RevisionDiff diff = null;
            if (entry.event() instanceof PlanRevisionProposed revision) {
                if (previous != null) {
                    diff = contentDiff.between(previous.revision(), previous.content(), revision.revision(),
                            revision.content());
                }
                previous = revision;
            }
            entries.add(new PlanHistory.Entry(entry.sequence(), entry.type(), entry.businessDate(),
                    entry.recordedAt(), entry.recordedBy(), entry.correlationId(), details(entry), diff,
                    entry.source()));
        }
        TimelineEntry first = timeline.entries().get(0);
        return new PlanHistory(first.event().municipalityId().value(), first.event().planId().value(),
                timeline.version(), at.asOf(), at.knownAt(), List.copyOf(entries));
    }

    /** The event's own fields: municipality and plan are the history's, not repeated per entry. */
    private ObjectNode details(TimelineEntry entry) {
        ObjectNode details = objectMapper.valueToTree(entry.event());
        details.remove(List.of("municipalityId", "planId"));
        return details;
    }
}
