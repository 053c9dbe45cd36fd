package se.vinr.ledger.command.meeting;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.meeting.MeetingHeld;
import se.vinr.ledger.events.meeting.MeetingSeriesDefined;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.vinr.ledger.command.CommandRejectedException.conflict;
import static se.vinr.ledger.command.CommandRejectedException.invalid;

/**
 * A series of recurring meetings (key-person meetings, a FREDA case group, a collaboration group) and the meetings
 * held in it, at most one a day: the same meeting recorded twice would count twice against the required frequency.
 */
@Aggregate(cache = "aggregateCache")
public class MeetingSeries {

    @AggregateIdentifier
    private String id;
    private MunicipalityId municipalityId;
    private MeetingSeriesId seriesId;
    private final Set<LocalDate> meetingDays = new HashSet<>();

    protected MeetingSeries() {
        // Axon rebuilds the series from its events.
    }

    /** {@link MeetingSeriesHandler} first makes sure the municipality exists and the series id is free. */
    MeetingSeries(DefineMeetingSeries command) {
        if (command.name() == null || command.name().isBlank()) {
            throw invalid("name", "meeting series " + command.seriesId() + " needs a name");
        }
        if (command.requiredPerYear() < 1) {
            throw invalid("requiredPerYear", "a meeting series meets at least once a year, got "
                    + command.requiredPerYear());
        }
        apply(new MeetingSeriesDefined(command.municipalityId(), command.seriesId(), command.name(),
                command.requiredPerYear()));
    }

    @CommandHandler
    public long handle(RecordMeeting command) {
        if (command.date() == null) {
            throw invalid("date", "the date of the meeting is required");
        }
        if (command.participants() != null && command.participants() < 0) {
            throw invalid("participants", "the number of participants must not be negative, got "
                    + command.participants());
        }
        if (meetingDays.contains(command.date())) {
            throw conflict("meeting series " + seriesId + " already has a meeting on " + command.date());
        }
        apply(new MeetingHeld(municipalityId, seriesId, command.date(), command.participants(), command.theme()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(MeetingSeriesDefined event) {
        id = AggregateIds.meetingSeries(event.municipalityId(), event.seriesId());
        municipalityId = event.municipalityId();
        seriesId = event.seriesId();
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        meetingDays.add(event.date());
    }
}
