package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.plan.PlanEvent;

import se.vinr.ledger.events.common.Source;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One plan event with what the event store knows about it: its place in the plan's stream, its place in the
 * plan's history (the event's business date; for an undated revision, that of the entry before it), who recorded
 * it when, and the document it was taken from (null where the writer gave none).
 */
public record TimelineEntry(long sequence, LocalDate businessDate, Instant recordedAt, String recordedBy,
                            String correlationId, PlanEvent event, Source source) {

    String type() {
        return event.getClass().getSimpleName();
    }
}
