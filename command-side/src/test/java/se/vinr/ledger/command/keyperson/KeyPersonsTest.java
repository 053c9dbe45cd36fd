package se.vinr.ledger.command.keyperson;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.vinr.ledger.command.organisation.Municipality;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PersonRef;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.keyperson.KeyPersonDeregistered;
import se.vinr.ledger.events.keyperson.KeyPersonMoved;
import se.vinr.ledger.events.keyperson.KeyPersonRegistered;
import se.vinr.ledger.events.keyperson.KeyPersonTotalReported;
import se.vinr.ledger.events.keyperson.PersonalDataErased;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.events.organisation.UnitRegistered;

import java.time.LocalDate;

import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.CommandRejectedException.Reason.NOT_FOUND;
import static se.vinr.ledger.command.organisation.Rejection.rejected;
import static se.vinr.ledger.events.keyperson.KeyPersonRole.KEY_PERSON;
import static se.vinr.ledger.events.keyperson.KeyPersonRole.LEAD_KEY_PERSON;

/**
 * Key persons, kept by the Municipality aggregate: known units only, a person active at most once per unit, dates in
 * order, pseudonymous references only, and reported totals. Each handler returns the municipality's version.
 */
class KeyPersonsTest {

    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");
    private static final UnitId HEMTJANST = new UnitId("hemtjanst-visby");
    private static final UnitId IFO = new UnitId("ifo");
    private static final KeyPersonId KP1 = new KeyPersonId("kp-1");
    private static final KeyPersonId KP2 = new KeyPersonId("kp-2");
    private static final String PERSON = "hsf-0042";
    private static final LocalDate SINCE = LocalDate.of(2023, 1, 16);
    private static final Source INTERIM_REPORT = new Source("gotland-delrapport-2023-05-15.txt",
            "Over 100 nyckelpersoner ir inrapporterade");

    private static final Object[] ORGANISATION = {
            new MunicipalityRegistered(GOTLAND, "Region Gotland", "0980"),
            new UnitRegistered(GOTLAND, HEMTJANST, "Hemtjänst Visby", "Hemtjänsten", Operator.OWN, 40),
            new UnitRegistered(GOTLAND, IFO, "Individ- och familjeomsorgen", "IFO", Operator.OWN, 60)};

    private AggregateTestFixture<Municipality> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Municipality.class);
    }

    private static RegisterKeyPerson register(KeyPersonId id, UnitId unit, String personRef) {
        return new RegisterKeyPerson(GOTLAND, id, unit, personRef, KEY_PERSON, SINCE, null);
    }

    private static KeyPersonRegistered registered(KeyPersonId id, UnitId unit, String personRef) {
        return new KeyPersonRegistered(GOTLAND, id, unit, new PersonRef(personRef), KEY_PERSON, SINCE);
    }

    @Test
    void registersAKeyPersonOfAKnownUnitAndReturnsTheMunicipalitysVersion() {
        fixture.given(ORGANISATION)
                .when(new RegisterKeyPerson(GOTLAND, KP1, HEMTJANST, PERSON, LEAD_KEY_PERSON, SINCE, null))
                .expectEvents(new KeyPersonRegistered(GOTLAND, KP1, HEMTJANST, new PersonRef(PERSON), LEAD_KEY_PERSON,
                        SINCE))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aKeyPersonOfAnUnknownUnitIsNotFound() {
        fixture.given(ORGANISATION)
                .when(register(KP1, new UnitId("oof"), PERSON))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "unitId"))
                .expectExceptionMessage("unknown unit oof in municipality gotland");
    }

    @Test
    void aPersonIsAnActiveKeyPersonOfAUnitOnlyOnce() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(register(KP2, HEMTJANST, PERSON))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("hsf-0042 is already an active key person of unit hemtjanst-visby (key "
                        + "person kp-1)");
    }

    @Test
    void aPersonMayBeAKeyPersonOfAnotherUnitAtTheSameTime() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(register(KP2, IFO, PERSON))
                .expectEvents(registered(KP2, IFO, PERSON));
    }

    @Test
    void aDeregisteredPersonMayBecomeAKeyPersonOfTheUnitAgain() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON),
                        new KeyPersonDeregistered(GOTLAND, KP1, HEMTJANST, SINCE.plusMonths(3), "parental leave"))
                .when(register(KP2, HEMTJANST, PERSON))
                .expectEvents(registered(KP2, HEMTJANST, PERSON));
    }

    @Test
    void aKeyPersonIdIsNeverReused() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON),
                        new KeyPersonDeregistered(GOTLAND, KP1, HEMTJANST, SINCE.plusMonths(3), null))
                .when(register(KP1, IFO, "hsf-0043"))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("key person kp-1 is already registered in municipality gotland");
    }

    @Test
    void aKeyPersonHasARole() {
        fixture.given(ORGANISATION)
                .when(new RegisterKeyPerson(GOTLAND, KP1, HEMTJANST, PERSON, null, SINCE, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "role"))
                .expectExceptionMessage("the role (KEY_PERSON or LEAD_KEY_PERSON) of key person kp-1 is required");
    }

    @Test
    void aKeyPersonHasAStartDate() {
        fixture.given(ORGANISATION)
                .when(new RegisterKeyPerson(GOTLAND, KP1, HEMTJANST, PERSON, KEY_PERSON, null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "since"))
                .expectExceptionMessage("the date key person kp-1 starts is required");
    }

    /** Pseudonyms as municipalities choose them, including digit runs that are no personal identity number. */
    @ParameterizedTest
    @ValueSource(strings = {"hsf-0042", "A", "gotland.hemtjanst.7", "kp_2023_05", "kp-2023-05-11", "20230511",
            "unit7-emp850412", "850412-123", "kp-851312-1234", "kp-850432-1234", "kp-850230-1234",
            "19010229-1234", "17850412-1234", "1234567890123", "kp-850492-1234",
            "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij1234"})
    void pseudonymousReferencesAreAccepted(String personRef) {
        fixture.given(ORGANISATION)
                .when(register(KP1, HEMTJANST, personRef))
                .expectEvents(registered(KP1, HEMTJANST, personRef));
    }

    /**
     * Personal identity numbers (YYMMDD-NNNN, YYMMDD+NNNN for 100 years or older, YYYYMMDD-NNNN, YYYYMMDDNNNN, with or
     * without separator) and coordination numbers (day + 60) with a plausible date, also inside a longer reference.
     */
    @ParameterizedTest
    @ValueSource(strings = {"850412-1234", "8504121234", "198504121234", "19850412-1234", "850412+1234",
            "kp-850412-1234", "anna_19850412_1234", "hsf.198504121234", "850472-1234", "198504721234",
            "000229-1234", "20000229-1234", "kp-200001011234-x"})
    void aReferenceContainingAPersonalIdentityOrCoordinationNumberIsRefused(String personRef) {
        fixture.given(ORGANISATION)
                .when(register(KP1, HEMTJANST, personRef))
                .expectNoEvents()
                .expectException(rejected(INVALID, "personRef"))
                .expectExceptionMessage("a person reference must not contain a personal identity number or "
                        + "coordination number: it is a pseudonym chosen by the municipality");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna Svensson", "anna\tsvensson", " hsf-0042", "hsf-0042\n"})
    void aReferenceWithWhitespaceLooksLikeANameAndIsRefused(String personRef) {
        fixture.given(ORGANISATION)
                .when(register(KP1, HEMTJANST, personRef))
                .expectNoEvents()
                .expectException(rejected(INVALID, "personRef"))
                .expectExceptionMessage("a person reference must not contain whitespace: it is a pseudonym chosen by "
                        + "the municipality, never a name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.se", "åsa-1", "kp/1",
            "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij12345"})
    void aReferenceIsAtMost64LettersDigitsDotsUnderscoresOrHyphens(String personRef) {
        fixture.given(ORGANISATION)
                .when(register(KP1, HEMTJANST, personRef))
                .expectNoEvents()
                .expectException(rejected(INVALID, "personRef"))
                .expectExceptionMessage("a person reference is 1-64 letters a-z, digits, '.', '_' or '-'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aReferenceIsRequired(String personRef) {
        fixture.given(ORGANISATION)
                .when(register(KP1, HEMTJANST, personRef))
                .expectNoEvents()
                .expectException(rejected(INVALID, "personRef"))
                .expectExceptionMessage("the pseudonymous reference of the person is required");
    }

    @Test
    void deregistersAKeyPersonInTheUnitTheyServe() {
        LocalDate until = LocalDate.of(2023, 10, 31);
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(new DeregisterKeyPerson(GOTLAND, KP1, until, "left the unit", null))
                .expectEvents(new KeyPersonDeregistered(GOTLAND, KP1, HEMTJANST, until, "left the unit"))
                .expectResultMessagePayload(4L);
    }

    @Test
    void theLastDayMayBeTheFirst() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(new DeregisterKeyPerson(GOTLAND, KP1, SINCE, null, null))
                .expectEvents(new KeyPersonDeregistered(GOTLAND, KP1, HEMTJANST, SINCE, null));
    }

    @Test
    void theLastDayIsNotBeforeTheStart() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(new DeregisterKeyPerson(GOTLAND, KP1, SINCE.minusDays(1), null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "until"))
                .expectExceptionMessage("the last day 2023-01-15 is before key person kp-1 started in unit "
                        + "hemtjanst-visby on 2023-01-16");
    }

    @Test
    void theLastDayIsNotBeforeTheMoveToTheCurrentUnit() {
        LocalDate moved = LocalDate.of(2023, 6, 1);
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON), new KeyPersonMoved(GOTLAND, KP1, HEMTJANST, IFO, moved))
                .when(new DeregisterKeyPerson(GOTLAND, KP1, moved.minusDays(1), null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "until"))
                .expectExceptionMessage("the last day 2023-05-31 is before key person kp-1 started in unit ifo on "
                        + "2023-06-01");
    }

    @Test
    void theLastDayIsRequired() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(new DeregisterKeyPerson(GOTLAND, KP1, null, null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "until"))
                .expectExceptionMessage("the last day of key person kp-1 is required");
    }

    @Test
    void anUnknownKeyPersonIsNotFound() {
        fixture.given(ORGANISATION)
                .when(new DeregisterKeyPerson(GOTLAND, KP1, SINCE, null, null))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "keyPersonId"))
                .expectExceptionMessage("unknown key person kp-1 in municipality gotland");
    }

    @Test
    void aKeyPersonIsDeregisteredOnce() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON),
                        new KeyPersonDeregistered(GOTLAND, KP1, HEMTJANST, SINCE.plusDays(10), null))
                .when(new DeregisterKeyPerson(GOTLAND, KP1, SINCE.plusDays(20), null, null))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("key person kp-1 was deregistered; their last day was 2023-01-26");
    }

    @Test
    void movesAKeyPersonToAnotherKnownUnit() {
        LocalDate from = LocalDate.of(2023, 9, 1);
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(new MoveKeyPerson(GOTLAND, KP1, IFO, from, null))
                .expectEvents(new KeyPersonMoved(GOTLAND, KP1, HEMTJANST, IFO, from))
                .expectResultMessagePayload(4L);
    }

    @Test
    void aMoveToAnUnknownUnitIsNotFound() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(new MoveKeyPerson(GOTLAND, KP1, new UnitId("oof"), SINCE.plusDays(1), null))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "toUnitId"))
                .expectExceptionMessage("unknown unit oof in municipality gotland");
    }

    @Test
    void aMoveGoesToAnotherUnit() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(new MoveKeyPerson(GOTLAND, KP1, HEMTJANST, SINCE.plusDays(1), null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "toUnitId"))
                .expectExceptionMessage("key person kp-1 already serves unit hemtjanst-visby");
    }

    @Test
    void aMoveTakesEffectAfterTheKeyPersonStartedInTheCurrentUnit() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(new MoveKeyPerson(GOTLAND, KP1, IFO, SINCE, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "from"))
                .expectExceptionMessage("key person kp-1 serves unit hemtjanst-visby since 2023-01-16; a move must "
                        + "take effect after that, not on 2023-01-16");
    }

    @Test
    void aMoveMustNotMakeAPersonActiveTwiceInTheNewUnit() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON), registered(KP2, IFO, PERSON))
                .when(new MoveKeyPerson(GOTLAND, KP1, IFO, SINCE.plusDays(1), null))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("hsf-0042 is already an active key person of unit ifo (key person kp-2)");
    }

    @Test
    void aDeregisteredKeyPersonDoesNotMove() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON),
                        new KeyPersonDeregistered(GOTLAND, KP1, HEMTJANST, SINCE.plusDays(10), null))
                .when(new MoveKeyPerson(GOTLAND, KP1, IFO, SINCE.plusDays(20), null))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("key person kp-1 was deregistered; their last day was 2023-01-26");
    }

    @Test
    void aMoveIsDated() {
        fixture.given(ORGANISATION)
                .andGiven(registered(KP1, HEMTJANST, PERSON))
                .when(new MoveKeyPerson(GOTLAND, KP1, IFO, null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "from"))
                .expectExceptionMessage("the date key person kp-1 starts in the new unit is required");
    }

    @Test
    void reportsATotalWithItsSourceWhereTheIndividualsAreNotKnown() {
        LocalDate asOf = LocalDate.of(2023, 5, 15);
        fixture.given(ORGANISATION)
                .when(new ReportKeyPersonTotal(GOTLAND, 100, asOf, INTERIM_REPORT, null))
                .expectEvents(new KeyPersonTotalReported(GOTLAND, 100, asOf, INTERIM_REPORT))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aTotalIsNotNegative() {
        fixture.given(ORGANISATION)
                .when(new ReportKeyPersonTotal(GOTLAND, -1, SINCE, INTERIM_REPORT, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "count"))
                .expectExceptionMessage("the number of key persons must not be negative, got -1");
    }

    @Test
    void aTotalIsDated() {
        fixture.given(ORGANISATION)
                .when(new ReportKeyPersonTotal(GOTLAND, 129, null, INTERIM_REPORT, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "asOf"))
                .expectExceptionMessage("the date the total of key persons applies to is required");
    }

    @Test
    void aTotalNamesItsSource() {
        fixture.given(ORGANISATION)
                .when(new ReportKeyPersonTotal(GOTLAND, 129, SINCE, new Source(" ", null), null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "source"))
                .expectExceptionMessage("a reported total needs its source: the document it is taken from");
    }

    @Test
    void anErasureOfAPseudonymsDataIsRecordedByPseudonymOnly() {
        fixture.given(ORGANISATION)
                .when(new ErasePersonalData(GOTLAND, PERSON, LocalDate.of(2026, 11, 25)))
                .expectEvents(new PersonalDataErased(GOTLAND, new PersonRef(PERSON), LocalDate.of(2026, 11, 25)))
                .expectResultMessagePayload(3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19850312-1234", "Anna Andersson"})
    void onlyAPseudonymCanBeErasedOrHaveContactDetails(String notAPseudonym) {
        fixture.given(ORGANISATION)
                .when(new ErasePersonalData(GOTLAND, notAPseudonym, LocalDate.of(2026, 11, 25)))
                .expectException(rejected(INVALID, "personRef"));
        fixture.given(ORGANISATION)
                .when(new KeepContactDetails(GOTLAND, notAPseudonym))
                .expectException(rejected(INVALID, "personRef"));
    }

    @Test
    void keepingContactDetailsIsAllowedForAPseudonymAndCausesNoEvent() {
        fixture.given(ORGANISATION)
                .when(new KeepContactDetails(GOTLAND, PERSON))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void anUnknownMunicipalityHasNoDataToKeepOrErase() {
        fixture.givenNoPriorActivity()
                .when(new KeepContactDetails(GOTLAND, PERSON))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
}
