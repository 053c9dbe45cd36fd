package se.vinr.ledger.query.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.events.organisation.UnitRegistered;

import java.time.Instant;

/** Keeps the municipalities and their units. Every write is an upsert or guarded update: redelivery changes nothing. */
@Component
@ProcessingGroup(OrganisationProjection.PROCESSING_GROUP)
public class OrganisationProjection {

    public static final String PROCESSING_GROUP = "organisation";

    private final Municipalities municipalities;

    OrganisationProjection(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @EventHandler
    public void on(MunicipalityRegistered event, @Timestamp Instant recordedAt) {
        municipalities.register(event, recordedAt);
    }

    @EventHandler
    public void on(UnitRegistered event) {
        municipalities.register(event);
    }

    @EventHandler
    public void on(HeadcountReported event) {
        municipalities.report(event);
    }

    @ResetHandler
    public void reset() {
        municipalities.clear();
    }
}
