package se.vinr.ledger.query.plan;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MetadataKeys;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.PlanEvent;

import java.time.Instant;
import java.time.LocalDate;

/** Records every plan event as a row of its plan's timeline; all plan views are folded from these rows. */
@Component
@ProcessingGroup(PlanProjection.PROCESSING_GROUP)
public class PlanProjection {

    public static final String PROCESSING_GROUP = "plans";

    private final PlanTimelines timelines;

    PlanProjection(PlanTimelines timelines) {
        this.timelines = timelines;
    }

    @EventHandler
    public void on(PlanEvent event, @MessageIdentifier String eventId, @SequenceNumber Long sequence,
            @Timestamp Instant recordedAt, @MetaDataValue(MetadataKeys.USER_ID) String recordedBy,
            @MetaDataValue(MetadataKeys.CORRELATION_ID) String correlationId,
            @MetaDataValue(MetadataKeys.SOURCE_DOCUMENT) String sourceDocument,
            @MetaDataValue(MetadataKeys.SOURCE_PASSAGE) String sourcePassage) {
        Source source = sourceDocument == null ? null : new Source(sourceDocument, sourcePassage);
        LocalDate businessDate = event.businessDate() != null ? event.businessDate()
                : timelines.latestBusinessDate(event.municipalityId(), event.planId());
        timelines.append(eventId, new TimelineEntry(sequence, businessDate, recordedAt, recordedBy, correlationId,
                event, source));
    }

    @ResetHandler
    public void reset() {
        timelines.clear();
    }
}
