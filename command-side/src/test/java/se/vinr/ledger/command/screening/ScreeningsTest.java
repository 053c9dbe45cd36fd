package se.vinr.ledger.command.screening;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.command.organisation.Municipality;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.events.organisation.UnitRegistered;
import se.vinr.ledger.events.screening.ScreeningsRecorded;

import java.time.LocalDate;

import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.CommandRejectedException.Reason.NOT_FOUND;
import static se.vinr.ledger.command.organisation.Rejection.rejected;
import static se.vinr.ledger.events.screening.ScreeningInstrument.FREDA_KORTFRAGOR;

/** Screenings are counted per known unit, instrument and period, by the Municipality aggregate. */
class ScreeningsTest {

    private static final MunicipalityId SUNDBYBERG = new MunicipalityId("sundbyberg");
    private static final UnitId MOTTAGNING = new UnitId("mottagningsenheten");
    private static final LocalDate SPRING_START = LocalDate.of(2018, 1, 1);
    private static final LocalDate SPRING_END = LocalDate.of(2018, 6, 30);

    private static final Object[] ORGANISATION = {
            new MunicipalityRegistered(SUNDBYBERG, "Sundbybergs stad", "0183"),
            new UnitRegistered(SUNDBYBERG, MOTTAGNING, "Mottagningsenheten", "Myndighetsavdelningen", Operator.OWN,
                    12)};

    private AggregateTestFixture<Municipality> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Municipality.class);
    }

    private static RecordScreenings screenings(LocalDate start, LocalDate end, int count) {
        return new RecordScreenings(SUNDBYBERG, MOTTAGNING, FREDA_KORTFRAGOR, start, end, count, null);
    }

    @Test
    void recordsTheScreeningsOfAUnitInAPeriodAndReturnsTheMunicipalitysVersion() {
        fixture.given(ORGANISATION)
                .when(screenings(SPRING_START, SPRING_END, 37))
                .expectEvents(new ScreeningsRecorded(SUNDBYBERG, MOTTAGNING, FREDA_KORTFRAGOR, SPRING_START,
                        SPRING_END, 37))
                .expectResultMessagePayload(2L);
    }

    @Test
    void noScreeningsInAPeriodOfOneDayIsAFigureToo() {
        fixture.given(ORGANISATION)
                .when(screenings(SPRING_END, SPRING_END, 0))
                .expectEvents(new ScreeningsRecorded(SUNDBYBERG, MOTTAGNING, FREDA_KORTFRAGOR, SPRING_END,
                        SPRING_END, 0));
    }

    @Test
    void screeningsOfAnUnknownUnitAreNotFound() {
        fixture.given(ORGANISATION)
                .when(new RecordScreenings(SUNDBYBERG, new UnitId("ifo"), FREDA_KORTFRAGOR, SPRING_START, SPRING_END,
                        3, null))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "unitId"))
                .expectExceptionMessage("unknown unit ifo in municipality sundbyberg");
    }

    @Test
    void theCountIsNotNegative() {
        fixture.given(ORGANISATION)
                .when(screenings(SPRING_START, SPRING_END, -1))
                .expectNoEvents()
                .expectException(rejected(INVALID, "count"))
                .expectExceptionMessage("the number of screenings must not be negative, got -1");
    }

    @Test
    void thePeriodDoesNotEndBeforeItStarts() {
        fixture.given(ORGANISATION)
                .when(screenings(SPRING_END, SPRING_START, 5))
                .expectNoEvents()
                .expectException(rejected(INVALID, "periodEnd"))
                .expectExceptionMessage("the period end 2018-01-01 is before its start 2018-06-30");
    }

    @Test
    void theInstrumentIsRequired() {
        fixture.given(ORGANISATION)
                .when(new RecordScreenings(SUNDBYBERG, MOTTAGNING, null, SPRING_START, SPRING_END, 5, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "instrument"))
                .expectExceptionMessage("the screening instrument is required");
    }

    @Test
    void thePeriodHasBothEnds() {
        fixture.given(ORGANISATION)
                .when(screenings(null, SPRING_END, 5))
                .expectNoEvents()
                .expectException(rejected(INVALID, "periodStart"))
                .expectExceptionMessage("the start of the period screened is required");
    }
}
