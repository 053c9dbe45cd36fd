package se.vinr.ledger.command.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;

public record RegisterMunicipality(MunicipalityId municipalityId, String name, String municipalityCode) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.municipality(municipalityId);
    }
}
