package se.vinr.ledger.query.screening;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.screening.ScreeningsRecorded;
import se.vinr.ledger.query.Tracking;

import java.time.Instant;

/** Every screening record, kept with its place in the municipality's stream so the latest one can win. */
@Component
@ProcessingGroup(Tracking.PROCESSING_GROUP)
public class ScreeningProjection {

    private final ScreeningRecords records;

    ScreeningProjection(ScreeningRecords records) {
        this.records = records;
    }

    @EventHandler
    public void on(ScreeningsRecorded event, @MessageIdentifier String eventId, @SequenceNumber Long sequence,
                   @Timestamp Instant recordedAt) {
        records.add(event, eventId, sequence, recordedAt);
    }

    @ResetHandler
    public void reset() {
        records.clear();
    }
}
