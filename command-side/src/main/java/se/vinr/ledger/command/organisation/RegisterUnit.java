package se.vinr.ledger.command.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.organisation.Operator;

public record RegisterUnit(MunicipalityId municipalityId, UnitId unitId, String name, String department,
                           Operator operator, Integer headcount, @TargetAggregateVersion Long expectedVersion) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.municipality(municipalityId);
    }
}
