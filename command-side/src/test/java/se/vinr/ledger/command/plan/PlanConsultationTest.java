package se.vinr.ledger.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.events.plan.ConsultationResponseRecorded;
import se.vinr.ledger.events.plan.PlanSentForConsultation;
import se.vinr.ledger.events.plan.Stance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.organisation.Rejection.rejected;
import static se.vinr.ledger.command.plan.PlanTestData.GOTLAND;
import static se.vinr.ledger.command.plan.PlanTestData.PLAN_ID;
import static se.vinr.ledger.command.plan.PlanTestData.drafted;
import static se.vinr.ledger.command.plan.PlanTestData.PROPOSED_ON;
import static se.vinr.ledger.command.plan.PlanTestData.proposed;
import static se.vinr.ledger.command.plan.PlanTestData.responded;
import static se.vinr.ledger.command.plan.PlanTestData.sent;

/** Rule 5: consultations (remiss) of a revision and the responses of the consulted bodies. */
class PlanConsultationTest {

    private static final String KVINNOJOUREN = "Kvinnojouren";
    private static final String ORIGO = "Origo";
    private static final String BARNAHUS = "Barnahus";
    private static final LocalDate SENT_ON = LocalDate.of(2022, 8, 24);
    private static final LocalDate ANSWERED_ON = LocalDate.of(2022, 9, 5);

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    @Test
    void sendsTheLatestRevisionByDefault() {
        fixture.given(drafted(), proposed(1), proposed(2))
                .when(send(null, SENT_ON, LocalDate.of(2022, 9, 7), KVINNOJOUREN, ORIGO))
                .expectEvents(new PlanSentForConsultation(GOTLAND, PLAN_ID, 1, 2, List.of(KVINNOJOUREN, ORIGO),
                        SENT_ON, LocalDate.of(2022, 9, 7)))
                .expectResultMessagePayload(3L);
    }

    @Test
    void sendsANamedRevisionAndNumbersConsultationsOn() {
        fixture.given(drafted(), proposed(1), proposed(2), sent(1, 2, KVINNOJOUREN))
                .when(send(1, SENT_ON, null, ORIGO))
                .expectEvents(new PlanSentForConsultation(GOTLAND, PLAN_ID, 2, 1, List.of(ORIGO), SENT_ON, null));
    }

    @Test
    void aDeadlineOnTheDayOfSendingIsAccepted() {
        fixture.given(drafted(), proposed(1))
                .when(send(null, SENT_ON, SENT_ON, ORIGO))
                .expectEvents(new PlanSentForConsultation(GOTLAND, PLAN_ID, 1, 1, List.of(ORIGO), SENT_ON, SENT_ON));
    }

    @Test
    void aPlanWithoutARevisionCannotBeSent() {
        fixture.given(drafted())
                .when(send(null, SENT_ON, null, ORIGO))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("plan vinr-2022-2023 has no proposed revision to send for consultation");
    }

    @Test
    void anUnknownRevisionCannotBeSent() {
        fixture.given(drafted(), proposed(1), proposed(2))
                .when(send(3, SENT_ON, null, ORIGO))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("revision 3 of plan vinr-2022-2023 does not exist; the latest is revision 2");
    }

    @Test
    void aConsultationNeedsBodies() {
        fixture.given(drafted(), proposed(1))
                .when(send(null, SENT_ON, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "bodies"))
                .expectExceptionMessage("a consultation needs at least one body to consult");
    }

    @Test
    void eachBodyIsConsultedOnce() {
        fixture.given(drafted(), proposed(1))
                .when(send(null, SENT_ON, null, KVINNOJOUREN, ORIGO, KVINNOJOUREN))
                .expectNoEvents()
                .expectException(rejected(INVALID, "bodies[2]"))
                .expectExceptionMessage("Kvinnojouren is listed more than once");
    }

    @Test
    void aConsultedBodyIsNamed() {
        fixture.given(drafted(), proposed(1))
                .when(send(null, SENT_ON, null, ORIGO, " "))
                .expectNoEvents()
                .expectException(rejected(INVALID, "bodies[1]"))
                .expectExceptionMessage("a consulted body must be named");
    }

    @Test
    void theDeadlineIsNotBeforeSending() {
        fixture.given(drafted(), proposed(1))
                .when(send(null, SENT_ON, SENT_ON.minusDays(1), ORIGO))
                .expectNoEvents()
                .expectException(rejected(INVALID, "deadline"))
                .expectExceptionMessage("the deadline 2022-08-23 is before the consultation is sent on 2022-08-24");
    }

    @Test
    void recordsAResponseToTheLatestConsultationByDefault() {
        fixture.given(drafted(), proposed(1), sent(1, 1, KVINNOJOUREN), proposed(2), sent(2, 2, KVINNOJOUREN))
                .when(respond(null, KVINNOJOUREN, Stance.OPPOSES))
                .expectEvents(new ConsultationResponseRecorded(GOTLAND, PLAN_ID, 2, KVINNOJOUREN, Stance.OPPOSES,
                        "Yttrande över planen", ANSWERED_ON, ANSWERED_ON))
                .expectResultMessagePayload(5L);
    }

    @Test
    void recordsAResponseToAnEarlierConsultation() {
        fixture.given(drafted(), proposed(1), sent(1, 1, KVINNOJOUREN, ORIGO), sent(2, 1, BARNAHUS))
                .when(respond(1, ORIGO, Stance.SUPPORTS))
                .expectEvents(new ConsultationResponseRecorded(GOTLAND, PLAN_ID, 1, ORIGO, Stance.SUPPORTS,
                        "Yttrande över planen", ANSWERED_ON, ANSWERED_ON));
    }

    @Test
    void anUndatedResponseIsPlacedOnTheDeadlineOrElseOnTheDayTheConsultationWasSent() {
        LocalDate deadline = LocalDate.of(2022, 10, 1);
        RecordConsultationResponse undated = new RecordConsultationResponse(GOTLAND, PLAN_ID, null, ORIGO,
                Stance.SUPPORTS, null, null, null);
        fixture.given(drafted(), proposed(1),
                        new PlanSentForConsultation(GOTLAND, PLAN_ID, 1, 1, List.of(ORIGO), SENT_ON, deadline))
                .when(undated)
                .expectEvents(new ConsultationResponseRecorded(GOTLAND, PLAN_ID, 1, ORIGO, Stance.SUPPORTS, null,
                        null, deadline));
        fixture.given(drafted(), proposed(1), sent(1, 1, ORIGO))
                .when(undated)
                .expectEvents(new ConsultationResponseRecorded(GOTLAND, PLAN_ID, 1, ORIGO, Stance.SUPPORTS, null,
                        null, PROPOSED_ON));
    }

    @Test
    void aBodyMayAnswerEachConsultationOnce() {
        fixture.given(drafted(), proposed(1), sent(1, 1, KVINNOJOUREN),
                        responded(1, KVINNOJOUREN, Stance.SUPPORTS), sent(2, 1, KVINNOJOUREN))
                .when(respond(2, KVINNOJOUREN, Stance.NO_OPINION))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aResponseNeedsAConsultation() {
        fixture.given(drafted(), proposed(1))
                .when(respond(null, KVINNOJOUREN, Stance.SUPPORTS))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("plan vinr-2022-2023 has not been sent for consultation");
    }

    @Test
    void aResponseToAnUnknownConsultationIsAConflict() {
        fixture.given(drafted(), proposed(1), sent(1, 1, KVINNOJOUREN))
                .when(respond(2, KVINNOJOUREN, Stance.SUPPORTS))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage(
                        "consultation 2 of plan vinr-2022-2023 does not exist; the latest is consultation 1");
    }

    @Test
    void onlyAConsultedBodyResponds() {
        fixture.given(drafted(), proposed(1), sent(1, 1, KVINNOJOUREN, ORIGO))
                .when(respond(null, BARNAHUS, Stance.SUPPORTS))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("Barnahus was not consulted in consultation 1 of plan vinr-2022-2023");
    }

    @Test
    void aBodyRespondsOnlyOnceToAConsultation() {
        fixture.given(drafted(), proposed(1), sent(1, 1, KVINNOJOUREN, ORIGO),
                        responded(1, KVINNOJOUREN, Stance.SUPPORTS))
                .when(respond(1, KVINNOJOUREN, Stance.OPPOSES))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("Kvinnojouren has already responded to consultation 1 of plan vinr-2022-2023");
    }

    @Test
    void aResponseHasAStance() {
        fixture.given(drafted(), proposed(1), sent(1, 1, KVINNOJOUREN))
                .when(respond(null, KVINNOJOUREN, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "stance"))
                .expectExceptionMessage("the stance of Kvinnojouren is required");
    }

    private static SendPlanForConsultation send(Integer revision, LocalDate sentOn, LocalDate deadline,
                                                String... bodies) {
        return new SendPlanForConsultation(GOTLAND, PLAN_ID, revision, Arrays.asList(bodies), sentOn, deadline,
                null);
    }

    private static RecordConsultationResponse respond(Integer consultation, String body, Stance stance) {
        return new RecordConsultationResponse(GOTLAND, PLAN_ID, consultation, body, stance,
                "Yttrande över planen", ANSWERED_ON, null);
    }
}
