package se.vinr.ledger.query.meeting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.meeting.MeetingHeld;
import se.vinr.ledger.events.meeting.MeetingSeriesDefined;
import se.vinr.ledger.query.Tracking;

import java.time.Instant;

/** Meeting series and every meeting held, with its date. */
@Component
@ProcessingGroup(Tracking.PROCESSING_GROUP)
public class MeetingProjection {

    private final MeetingRecords records;

    MeetingProjection(MeetingRecords records) {
        this.records = records;
    }

    @EventHandler
    public void on(MeetingSeriesDefined event, @Timestamp Instant recordedAt) {
        records.define(event, recordedAt);
    }

    @EventHandler
    public void on(MeetingHeld event, @MessageIdentifier String eventId, @Timestamp Instant recordedAt) {
        records.add(event, eventId, recordedAt);
    }

    @ResetHandler
    public void reset() {
        records.clear();
    }
}
