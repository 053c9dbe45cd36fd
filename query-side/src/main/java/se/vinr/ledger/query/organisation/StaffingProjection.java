package se.vinr.ledger.query.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.UnitRegistered;
import se.vinr.ledger.query.Tracking;

import java.time.Instant;

/** Units and their headcount history for the tracking views, in the tracking group so all of them move together. */
@Component
@ProcessingGroup(Tracking.PROCESSING_GROUP)
public class StaffingProjection {

    private final Staffing staffing;

    StaffingProjection(Staffing staffing) {
        this.staffing = staffing;
    }

    @EventHandler
    public void on(UnitRegistered event, @MessageIdentifier String eventId, @SequenceNumber Long sequence,
                   @Timestamp Instant recordedAt) {
        staffing.register(event, eventId, sequence, recordedAt);
    }

    @EventHandler
    public void on(HeadcountReported event, @MessageIdentifier String eventId, @SequenceNumber Long sequence,
                   @Timestamp Instant recordedAt) {
        staffing.report(event, eventId, sequence, recordedAt);
    }

    @ResetHandler
    public void reset() {
        staffing.clear();
    }
}
