package se.vinr.ledger.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;

/** A command addressed to the Municipality aggregate, which holds the organisation and what belongs to its units. */
public interface MunicipalityCommand {

    MunicipalityId municipalityId();

    @TargetAggregateIdentifier
    default String aggregateId() {
        return AggregateIds.municipality(municipalityId());
    }
}
