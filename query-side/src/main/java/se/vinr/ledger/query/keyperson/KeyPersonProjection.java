package se.vinr.ledger.query.keyperson;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.keyperson.KeyPersonDeregistered;
import se.vinr.ledger.events.keyperson.KeyPersonMoved;
import se.vinr.ledger.events.keyperson.KeyPersonRegistered;
import se.vinr.ledger.events.keyperson.KeyPersonTotalReported;
import se.vinr.ledger.query.Tracking;

import java.time.Instant;

/** Where each key person serves from which day, and the totals documents report. */
@Component
@ProcessingGroup(Tracking.PROCESSING_GROUP)
public class KeyPersonProjection {

    private final KeyPersonRecords records;

    KeyPersonProjection(KeyPersonRecords records) {
        this.records = records;
    }

    @EventHandler
    public void on(KeyPersonRegistered event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        records.assign(eventId, event.municipalityId(), event.keyPersonId(), event.unitId(), event.since(),
                recordedAt);
    }

    @EventHandler
    public void on(KeyPersonMoved event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        records.assign(eventId, event.municipalityId(), event.keyPersonId(), event.toUnitId(), event.from(),
                recordedAt);
    }

    /** {@code until} is the last day served: from the day after, no unit. */
    @EventHandler
    public void on(KeyPersonDeregistered event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        records.assign(eventId, event.municipalityId(), event.keyPersonId(), null, event.until().plusDays(1),
                recordedAt);
    }

    @EventHandler
    public void on(KeyPersonTotalReported event, @MessageIdentifier String eventId, @SequenceNumber Long sequence,
                   @Timestamp Instant recordedAt) {
        records.report(event, eventId, sequence, recordedAt);
    }

    @ResetHandler
    public void reset() {
        records.clear();
    }
}
