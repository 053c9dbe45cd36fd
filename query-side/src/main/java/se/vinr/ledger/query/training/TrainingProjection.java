package se.vinr.ledger.query.training;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.training.CourseDefined;
import se.vinr.ledger.events.training.TrainingCompleted;
import se.vinr.ledger.events.training.TrainingCompletionsCounted;
import se.vinr.ledger.query.Tracking;

import java.time.Instant;

/** The course catalogue and every completion, individual or counted, as a row with its date. */
@Component
@ProcessingGroup(Tracking.PROCESSING_GROUP)
public class TrainingProjection {

    private final TrainingRecords records;

    TrainingProjection(TrainingRecords records) {
        this.records = records;
    }

    @EventHandler
    public void on(CourseDefined event, @Timestamp Instant recordedAt) {
        records.define(event, recordedAt);
    }

    @EventHandler
    public void on(TrainingCompleted event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        records.add(event, eventId, recordedAt);
    }

    @EventHandler
    public void on(TrainingCompletionsCounted event, @MessageIdentifier String eventId,
                   @Timestamp Instant recordedAt) {
        records.add(event, eventId, recordedAt);
    }

    @ResetHandler
    public void reset() {
        records.clear();
    }
}
