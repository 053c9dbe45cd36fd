package se.vinr.ledger.command.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;

import java.time.LocalDate;

public record ReportHeadcount(MunicipalityId municipalityId, UnitId unitId, int headcount, LocalDate asOf,
                              @TargetAggregateVersion Long expectedVersion) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.municipality(municipalityId);
    }
}
