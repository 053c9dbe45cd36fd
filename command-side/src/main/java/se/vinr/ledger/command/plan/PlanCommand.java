package se.vinr.ledger.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

/** A command addressed to one plan of one municipality. */
public interface PlanCommand {

    MunicipalityId municipalityId();

    PlanId planId();

    @TargetAggregateIdentifier
    default String aggregateId() {
        return AggregateIds.plan(municipalityId(), planId());
    }
}
