package se.vinr.ledger.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.MunicipalityId;

import java.time.LocalDate;

/** A meeting of the series was held; {@code participants} may be null where the number is not known. */
public record RecordMeeting(MunicipalityId municipalityId, MeetingSeriesId seriesId, LocalDate date,
                            Integer participants, String theme, @TargetAggregateVersion Long expectedVersion) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return AggregateIds.meetingSeries(municipalityId, seriesId);
    }
}
