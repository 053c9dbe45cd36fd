package se.vinr.ledger.command.organisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.events.organisation.UnitRegistered;

import java.time.LocalDate;

import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.CommandRejectedException.Reason.NOT_FOUND;
import static se.vinr.ledger.command.organisation.Rejection.rejected;

/** Registration of municipalities and their units; each handler returns the municipality's version. */
class MunicipalityTest {

    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");
    private static final UnitId HEMTJANST_VISBY = new UnitId("hemtjanst-visby");
    private static final MunicipalityRegistered REGISTERED =
            new MunicipalityRegistered(GOTLAND, "Region Gotland", "0980");
    private static final UnitRegistered UNIT_REGISTERED = new UnitRegistered(GOTLAND, HEMTJANST_VISBY,
            "Hemtjänst Visby", "Hemtjänsten", Operator.OWN, 40);
    private static final LocalDate AS_OF = LocalDate.of(2023, 4, 30);

    private AggregateTestFixture<Municipality> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Municipality.class);
    }

    @Test
    void registersANewMunicipalityAtVersion0() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(GOTLAND, "Region Gotland", "0980"))
                .expectEvents(REGISTERED)
                .expectResultMessagePayload(new MunicipalityRegistration(0, true));
    }

    @Test
    void registeringAgainWithTheSameNameAndCodeChangesNothing() {
        fixture.given(REGISTERED, UNIT_REGISTERED)
                .when(new RegisterMunicipality(GOTLAND, "Region Gotland", "0980"))
                .expectNoEvents()
                .expectResultMessagePayload(new MunicipalityRegistration(1, false));
    }

    @Test
    void registeringAgainWithAnotherNameIsAConflict() {
        fixture.given(REGISTERED)
                .when(new RegisterMunicipality(GOTLAND, "Gotlands kommun", "0980"))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("municipality gotland is already registered as Region Gotland (0980),"
                        + " not as Gotlands kommun (0980)");
    }

    @Test
    void registeringAgainWithAnotherCodeIsAConflict() {
        fixture.given(REGISTERED)
                .when(new RegisterMunicipality(GOTLAND, "Region Gotland", "0981"))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("municipality gotland is already registered as Region Gotland (0980),"
                        + " not as Region Gotland (0981)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"980", "09800", "09a0", " 0980"})
    void theMunicipalityCodeIsExactlyFourDigits(String code) {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(GOTLAND, "Region Gotland", code))
                .expectNoEvents()
                .expectException(rejected(INVALID, "municipalityCode"))
                .expectExceptionMessage("the municipality code must be exactly 4 digits, got '" + code + "'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void theNameMustNotBeBlank(String name) {
        fixture.givenNoPriorActivity()
                .when(new RegisterMunicipality(GOTLAND, name, "0980"))
                .expectNoEvents()
                .expectException(rejected(INVALID, "name"))
                .expectExceptionMessage("the municipality name must not be blank");
    }

    @Test
    void registersAUnitAndReturnsTheVersionOfItsEvent() {
        fixture.given(REGISTERED)
                .when(new RegisterUnit(GOTLAND, HEMTJANST_VISBY, "Hemtjänst Visby", "Hemtjänsten", Operator.OWN,
                        40, null))
                .expectEvents(UNIT_REGISTERED)
                .expectResultMessagePayload(1L);
    }

    @Test
    void aUnitWithoutStaffYetIsAccepted() {
        fixture.given(REGISTERED)
                .when(new RegisterUnit(GOTLAND, new UnitId("boende-norr"), "Boende Norr", null,
                        Operator.CONTRACTED, 0, null))
                .expectEvents(new UnitRegistered(GOTLAND, new UnitId("boende-norr"), "Boende Norr", null,
                        Operator.CONTRACTED, 0));
    }

    @Test
    void unitIdsAreUniqueWithinTheMunicipality() {
        fixture.given(REGISTERED, UNIT_REGISTERED)
                .when(new RegisterUnit(GOTLAND, HEMTJANST_VISBY, "Hemtjänst Visby 2", "Hemtjänsten",
                        Operator.OWN, 12, null))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("unit hemtjanst-visby is already registered in municipality gotland");
    }

    @Test
    void theHeadcountOfANewUnitIsNotNegative() {
        fixture.given(REGISTERED)
                .when(new RegisterUnit(GOTLAND, HEMTJANST_VISBY, "Hemtjänst Visby", "Hemtjänsten", Operator.OWN,
                        -1, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "headcount"))
                .expectExceptionMessage("the headcount must not be negative, got -1");
    }

    @Test
    void aUnitNeedsAName() {
        fixture.given(REGISTERED)
                .when(new RegisterUnit(GOTLAND, HEMTJANST_VISBY, " ", "Hemtjänsten", Operator.OWN, 40, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "name"))
                .expectExceptionMessage("the unit name must not be blank");
    }

    @Test
    void aUnitNeedsAnOperator() {
        fixture.given(REGISTERED)
                .when(new RegisterUnit(GOTLAND, HEMTJANST_VISBY, "Hemtjänst Visby", "Hemtjänsten", null, 40,
                        null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "operator"))
                .expectExceptionMessage("the operator (OWN or CONTRACTED) of unit hemtjanst-visby is required");
    }

    @Test
    void reportsTheHeadcountOfAKnownUnit() {
        fixture.given(REGISTERED, UNIT_REGISTERED)
                .when(new ReportHeadcount(GOTLAND, HEMTJANST_VISBY, 42, AS_OF, null))
                .expectEvents(new HeadcountReported(GOTLAND, HEMTJANST_VISBY, 42, AS_OF))
                .expectResultMessagePayload(2L);
    }

    @Test
    void anUnknownUnitIsNotFound() {
        fixture.given(REGISTERED, UNIT_REGISTERED)
                .when(new ReportHeadcount(GOTLAND, new UnitId("ifo"), 42, AS_OF, null))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "unitId"))
                .expectExceptionMessage("unknown unit ifo in municipality gotland");
    }

    @Test
    void theHeadcountIsNotNegative() {
        fixture.given(REGISTERED, UNIT_REGISTERED)
                .when(new ReportHeadcount(GOTLAND, HEMTJANST_VISBY, -3, AS_OF, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "headcount"))
                .expectExceptionMessage("the headcount must not be negative, got -3");
    }

    @Test
    void theHeadcountIsDated() {
        fixture.given(REGISTERED, UNIT_REGISTERED)
                .when(new ReportHeadcount(GOTLAND, HEMTJANST_VISBY, 42, null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "asOf"))
                .expectExceptionMessage("the date the headcount of unit hemtjanst-visby applies to is required");
    }
}
