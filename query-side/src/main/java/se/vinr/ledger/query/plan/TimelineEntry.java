package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.plan.PlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** One plan event with what the event store knows about it: its place in the plan's stream and who recorded it when. */
public record TimelineEntry(long sequence, Instant recordedAt, String recordedBy, String correlationId,
                            PlanEvent event) {

    LocalDate businessDate() {
        return event.businessDate();
    }

    String type() {
        return event.getClass().getSimpleName();
    }
}
