package se.vinr.ledger.query;

import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.keyperson.KeyPersonDeregistered;
import se.vinr.ledger.events.keyperson.KeyPersonMoved;
import se.vinr.ledger.events.keyperson.KeyPersonRegistered;
import se.vinr.ledger.events.keyperson.KeyPersonTotalReported;
import se.vinr.ledger.events.meeting.MeetingHeld;
import se.vinr.ledger.events.meeting.MeetingSeriesDefined;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.UnitRegistered;
import se.vinr.ledger.events.screening.ScreeningsRecorded;
import se.vinr.ledger.events.training.CourseDefined;
import se.vinr.ledger.events.training.TrainingCompleted;
import se.vinr.ledger.events.training.TrainingCompletionsCounted;
import se.vinr.ledger.query.keyperson.KeyPersonProjection;
import se.vinr.ledger.query.meeting.MeetingProjection;
import se.vinr.ledger.query.organisation.StaffingProjection;
import se.vinr.ledger.query.screening.ScreeningProjection;
import se.vinr.ledger.query.training.TrainingProjection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds tracking events to the tracking projections the way the event store would: each with an event id, its
 * sequence number in its aggregate and the instant it was recorded (a minute after the one before, unless
 * {@link #recordAt} says otherwise). Remembers what it fed, to redeliver or replay it.
 */
public final class TrackingLedger {

    /** An event as stored, with the aggregate it belongs to. */
    public record Stored(Object event, String aggregate, String eventId, long sequence, Instant recordedAt) {
    }

    private final StaffingProjection staffing;
    private final TrainingProjection training;
    private final KeyPersonProjection keyPersons;
    private final MeetingProjection meetings;
    private final ScreeningProjection screenings;
    private final List<Stored> stored = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant clock = Instant.parse("2024-01-15T08:00:00Z");

    public TrackingLedger(StaffingProjection staffing, TrainingProjection training, KeyPersonProjection keyPersons,
                          MeetingProjection meetings, ScreeningProjection screenings) {
        this.staffing = staffing;
        this.training = training;
        this.keyPersons = keyPersons;
        this.meetings = meetings;
        this.screenings = screenings;
    }

    /** The next events are recorded from {@code instant} on. */
    public TrackingLedger recordAt(Instant instant) {
        clock = instant;
        return this;
    }

    /** When the latest event was recorded. */
    public Instant lastRecordedAt() {
        return stored.get(stored.size() - 1).recordedAt();
    }

    public TrackingLedger record(MunicipalityScoped... events) {
        for (MunicipalityScoped event : events) {
            String aggregate = aggregateOf(event);
            long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
            Stored one = new Stored(event, aggregate, "event-" + (stored.size() + 1), sequence, clock);
            clock = clock.plus(Duration.ofMinutes(1));
            stored.add(one);
            deliver(one);
        }
        return this;
    }

    public List<Stored> stored() {
        return List.copyOf(stored);
    }

    /** Hands every stored event to the projections again, as a redelivery or a replay after reset does. */
    public void deliverAllAgain() {
        stored.forEach(this::deliver);
    }

    public void reset() {
        staffing.reset();
        training.reset();
        keyPersons.reset();
        meetings.reset();
        screenings.reset();
    }

    public void deliver(Stored one) {
        String id = one.eventId();
        long sequence = one.sequence();
        Instant at = one.recordedAt();
        Object event = one.event();
        if (event instanceof UnitRegistered unit) {
            staffing.on(unit, id, sequence, at);
        } else if (event instanceof HeadcountReported headcount) {
            staffing.on(headcount, id, sequence, at);
        } else if (event instanceof CourseDefined course) {
            training.on(course, at);
        } else if (event instanceof TrainingCompleted completed) {
            training.on(completed, id, at);
        } else if (event instanceof TrainingCompletionsCounted counted) {
            training.on(counted, id, at);
        } else if (event instanceof KeyPersonRegistered registered) {
            keyPersons.on(registered, id, at);
        } else if (event instanceof KeyPersonMoved moved) {
            keyPersons.on(moved, id, at);
        } else if (event instanceof KeyPersonDeregistered deregistered) {
            keyPersons.on(deregistered, id, at);
        } else if (event instanceof KeyPersonTotalReported total) {
            keyPersons.on(total, id, sequence, at);
        } else if (event instanceof MeetingSeriesDefined series) {
            meetings.on(series, at);
        } else if (event instanceof MeetingHeld meeting) {
            meetings.on(meeting, id, at);
        } else if (event instanceof ScreeningsRecorded screening) {
            screenings.on(screening, id, sequence, at);
        } else {
            throw new IllegalArgumentException("not a tracking event: " + event);
        }
    }

    private static String aggregateOf(MunicipalityScoped event) {
        if (event instanceof CourseDefined course) {
            return AggregateIds.course(course.municipalityId(), course.courseCode());
        } else if (event instanceof TrainingCompleted completed) {
            return AggregateIds.course(completed.municipalityId(), completed.courseCode());
        } else if (event instanceof TrainingCompletionsCounted counted) {
            return AggregateIds.course(counted.municipalityId(), counted.courseCode());
        } else if (event instanceof MeetingSeriesDefined series) {
            return AggregateIds.meetingSeries(series.municipalityId(), series.seriesId());
        } else if (event instanceof MeetingHeld meeting) {
            return AggregateIds.meetingSeries(meeting.municipalityId(), meeting.seriesId());
        }
        return AggregateIds.municipality(event.municipalityId());
    }
}
