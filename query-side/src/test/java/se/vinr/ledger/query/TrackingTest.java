package se.vinr.ledger.query;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.query.keyperson.KeyPersonProjection;
import se.vinr.ledger.query.meeting.MeetingProjection;
import se.vinr.ledger.query.organisation.OrganisationProjection;
import se.vinr.ledger.query.organisation.StaffingProjection;
import se.vinr.ledger.query.screening.ScreeningProjection;
import se.vinr.ledger.query.training.TrainingProjection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;

/** Read-model tests of the tracking projections, fed through a {@link TrackingLedger}. */
public abstract class TrackingTest extends ReadModelTest {

    public static final TrackingEvents GOTLAND = new TrackingEvents("gotland");

    @Autowired
    private StaffingProjection staffing;
    @Autowired
    private TrainingProjection training;
    @Autowired
    private KeyPersonProjection keyPersons;
    @Autowired
    private MeetingProjection meetings;
    @Autowired
    private ScreeningProjection screenings;
    @Autowired
    private OrganisationProjection organisation;

    protected TrackingLedger ledger;

    @BeforeEach
    void newLedger() {
        ledger = new TrackingLedger(staffing, training, keyPersons, meetings, screenings);
        registerMunicipality(GOTLAND, "Region Gotland");
    }

    protected void registerMunicipality(TrackingEvents municipality, String name) {
        organisation.on(new MunicipalityRegistered(municipality.municipality(), name, "0980"),
                Instant.parse("2020-01-01T00:00:00Z"));
    }

    protected static PointInTime asOf(String date) {
        return new PointInTime(LocalDate.parse(date), null);
    }

    protected static PointInTime at(String date, Instant knownAt) {
        return new PointInTime(LocalDate.parse(date), knownAt);
    }

    protected static SortedSet<LocalDate> dates(String... dates) {
        return new TreeSet<>(Arrays.stream(dates).map(LocalDate::parse).toList());
    }
}
