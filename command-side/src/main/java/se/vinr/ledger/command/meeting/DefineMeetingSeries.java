package se.vinr.ledger.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.MunicipalityId;

public record DefineMeetingSeries(MunicipalityId municipalityId, MeetingSeriesId seriesId, String name,
                                  int requiredPerYear) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.meetingSeries(municipalityId, seriesId);
    }
}
