package se.vinr.ledger.query;

import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MeetingSeriesId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PersonRef;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.keyperson.KeyPersonDeregistered;
import se.vinr.ledger.events.keyperson.KeyPersonMoved;
import se.vinr.ledger.events.keyperson.KeyPersonRegistered;
import se.vinr.ledger.events.keyperson.KeyPersonRole;
import se.vinr.ledger.events.keyperson.KeyPersonTotalReported;
import se.vinr.ledger.events.meeting.MeetingHeld;
import se.vinr.ledger.events.meeting.MeetingSeriesDefined;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.events.organisation.UnitRegistered;
import se.vinr.ledger.events.screening.ScreeningInstrument;
import se.vinr.ledger.events.screening.ScreeningsRecorded;
import se.vinr.ledger.events.training.CourseDefined;
import se.vinr.ledger.events.training.TrainingCompleted;
import se.vinr.ledger.events.training.TrainingCompletionsCounted;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Tracking events of one municipality, written short: ids and dates as strings. */
public record TrackingEvents(MunicipalityId municipality) {

    public TrackingEvents(String municipality) {
        this(new MunicipalityId(municipality));
    }

    public UnitRegistered unit(String unitId, String department, Operator operator, Integer headcount) {
        return new UnitRegistered(municipality, new UnitId(unitId), "Enhet " + unitId, department, operator,
                headcount);
    }

    public HeadcountReported headcount(String unitId, int headcount, String asOf) {
        return new HeadcountReported(municipality, new UnitId(unitId), headcount, LocalDate.parse(asOf));
    }

    public CourseDefined course(String courseCode, Integer stimulusPerCertificateSek) {
        return new CourseDefined(municipality, new CourseCode(courseCode), "Kurs " + courseCode, "NCK",
                stimulusPerCertificateSek == null ? null : BigDecimal.valueOf(stimulusPerCertificateSek));
    }

    public TrainingCompleted completed(String courseCode, String unitId, String completedOn, String personRef) {
        return new TrainingCompleted(municipality, new CourseCode(courseCode), new UnitId(unitId),
                LocalDate.parse(completedOn), new PersonRef(personRef));
    }

    /** {@code unitId} null: a batch that names no unit. */
    public TrainingCompletionsCounted counted(String courseCode, String unitId, String completedOn, int count) {
        return new TrainingCompletionsCounted(municipality, new CourseCode(courseCode),
                unitId == null ? null : new UnitId(unitId), LocalDate.parse(completedOn), count);
    }

    public KeyPersonRegistered registered(String keyPersonId, String unitId, String since) {
        return new KeyPersonRegistered(municipality, new KeyPersonId(keyPersonId), new UnitId(unitId),
                new PersonRef("ref-" + keyPersonId), KeyPersonRole.KEY_PERSON, LocalDate.parse(since));
    }

    public KeyPersonMoved moved(String keyPersonId, String fromUnitId, String toUnitId, String from) {
        return new KeyPersonMoved(municipality, new KeyPersonId(keyPersonId), new UnitId(fromUnitId),
                new UnitId(toUnitId), LocalDate.parse(from));
    }

    public KeyPersonDeregistered deregistered(String keyPersonId, String unitId, String until) {
        return new KeyPersonDeregistered(municipality, new KeyPersonId(keyPersonId), new UnitId(unitId),
                LocalDate.parse(until), "slutat");
    }

    public KeyPersonTotalReported total(int count, String asOf, String document) {
        return new KeyPersonTotalReported(municipality, count, LocalDate.parse(asOf),
                new Source(document, "nyckelpersoner är inrapporterade"));
    }

    public MeetingSeriesDefined series(String seriesId, int requiredPerYear) {
        return new MeetingSeriesDefined(municipality, new MeetingSeriesId(seriesId), "Serie " + seriesId,
                requiredPerYear);
    }

    public MeetingHeld meeting(String seriesId, String date, Integer participants, String theme) {
        return new MeetingHeld(municipality, new MeetingSeriesId(seriesId), LocalDate.parse(date), participants,
                theme);
    }

    public ScreeningsRecorded screenings(String unitId, ScreeningInstrument instrument, String periodStart,
                                         String periodEnd, int count) {
        return new ScreeningsRecorded(municipality, new UnitId(unitId), instrument, LocalDate.parse(periodStart),
                LocalDate.parse(periodEnd), count);
    }
}
