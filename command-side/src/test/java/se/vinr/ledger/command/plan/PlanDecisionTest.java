package se.vinr.ledger.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.vinr.ledger.events.plan.DecisionKind;
import se.vinr.ledger.events.plan.PlanDecisionRecorded;
import se.vinr.ledger.events.plan.Stance;

import java.time.LocalDate;
import java.util.List;

import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.organisation.Rejection.rejected;
import static se.vinr.ledger.command.plan.PlanTestData.ADOPTED_ON;
import static se.vinr.ledger.command.plan.PlanTestData.CASE_NUMBER;
import static se.vinr.ledger.command.plan.PlanTestData.GOTLAND;
import static se.vinr.ledger.command.plan.PlanTestData.PERIOD_END;
import static se.vinr.ledger.command.plan.PlanTestData.PLAN_ID;
import static se.vinr.ledger.command.plan.PlanTestData.SOCIALNAMNDEN;
import static se.vinr.ledger.command.plan.PlanTestData.content;
import static se.vinr.ledger.command.plan.PlanTestData.decide;
import static se.vinr.ledger.command.plan.PlanTestData.decided;
import static se.vinr.ledger.command.plan.PlanTestData.drafted;
import static se.vinr.ledger.command.plan.PlanTestData.propose;
import static se.vinr.ledger.command.plan.PlanTestData.proposed;
import static se.vinr.ledger.command.plan.PlanTestData.sent;
import static se.vinr.ledger.events.plan.DecisionKind.ADOPTED;
import static se.vinr.ledger.events.plan.DecisionKind.APPROVED_AND_FORWARDED;
import static se.vinr.ledger.events.plan.DecisionKind.REFERRED_BACK;
import static se.vinr.ledger.events.plan.DecisionKind.SUPERSEDED;
import static se.vinr.ledger.events.plan.DecisionKind.VALIDITY_EXTENDED;

/**
 * Rules 2 (decision dates never go backwards), 3 (approvals and adoptions decide on a revision), 4 (what each kind
 * of decision needs), 6 (a superseded plan) and 9 (amending an adopted plan).
 */
class PlanDecisionTest {

    private static final LocalDate EXTENDED_TO = LocalDate.of(2024, 6, 30);

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    @Test
    void adoptsTheLatestRevisionByDefault() {
        fixture.given(drafted(), proposed(1), proposed(2))
                .when(decide(ADOPTED, null, ADOPTED_ON))
                .expectEvents(decided(ADOPTED, 2, ADOPTED_ON))
                .expectResultMessagePayload(3L);
    }

    @Test
    void approvesAndForwardsANamedRevision() {
        fixture.given(drafted(), proposed(1), proposed(2))
                .when(decide(APPROVED_AND_FORWARDED, 1, ADOPTED_ON))
                .expectEvents(decided(APPROVED_AND_FORWARDED, 1, ADOPTED_ON));
    }

    @ParameterizedTest
    @EnumSource(value = DecisionKind.class, names = {"ADOPTED", "APPROVED_AND_FORWARDED"})
    void anApprovalOrAdoptionNeedsAProposedRevision(DecisionKind kind) {
        fixture.given(drafted())
                .when(decide(kind, null, ADOPTED_ON))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("plan vinr-2022-2023 has no proposed revision for a decision " + kind);
    }

    @Test
    void anUnknownRevisionCannotBeAdopted() {
        fixture.given(drafted(), proposed(1))
                .when(decide(ADOPTED, 2, ADOPTED_ON))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("revision 2 of plan vinr-2022-2023 does not exist; the latest is revision 1");
    }

    @Test
    void aDecisionDatedBeforeTheLatestDecisionIsAConflict() {
        fixture.given(drafted(), proposed(1), decided(APPROVED_AND_FORWARDED, 1, ADOPTED_ON))
                .when(decide(ADOPTED, null, ADOPTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("decision date 2022-09-13 is before the latest decision 2022-09-14");
    }

    @Test
    void decisionsOnTheSameDayAreAccepted() {
        fixture.given(drafted(), proposed(1), decided(APPROVED_AND_FORWARDED, 1, ADOPTED_ON))
                .when(decide(ADOPTED, null, ADOPTED_ON))
                .expectEvents(decided(ADOPTED, 1, ADOPTED_ON));
    }

    @Test
    void aReferralBackStatesItsReasonsAndMayAskForAReport() {
        LocalDate reportBy = LocalDate.of(2022, 11, 30);
        fixture.given(drafted(), proposed(1))
                .when(new RecordPlanDecision(GOTLAND, PLAN_ID, REFERRED_BACK, null, SOCIALNAMNDEN, ADOPTED_ON, "§ 12",
                        CASE_NUMBER, "Indikatorer med startläge saknas", reportBy, null, null))
                .expectEvents(new PlanDecisionRecorded(GOTLAND, PLAN_ID, REFERRED_BACK, 1, SOCIALNAMNDEN, ADOPTED_ON,
                        "§ 12", CASE_NUMBER, "Indikatorer med startläge saknas", reportBy, null));
    }

    @Test
    void aReferralBackBeforeAnyProposalDecidesOnNoRevision() {
        fixture.given(drafted())
                .when(new RecordPlanDecision(GOTLAND, PLAN_ID, REFERRED_BACK, null, SOCIALNAMNDEN, ADOPTED_ON, null,
                        null, "Planen ska tas fram i samverkan med regionens hälso- och sjukvård", null, null, null))
                .expectEvents(new PlanDecisionRecorded(GOTLAND, PLAN_ID, REFERRED_BACK, null, SOCIALNAMNDEN,
                        ADOPTED_ON, null, null, "Planen ska tas fram i samverkan med regionens hälso- och sjukvård",
                        null, null));
    }

    @Test
    void aReferralBackWithoutReasonsIsInvalid() {
        fixture.given(drafted(), proposed(1))
                .when(decide(REFERRED_BACK, null, ADOPTED_ON))
                .expectNoEvents()
                .expectException(rejected(INVALID, "reasons"))
                .expectExceptionMessage("a referral back must state its reasons");
    }

    @Test
    void aReportBackDateIsNotBeforeTheReferral() {
        fixture.given(drafted(), proposed(1))
                .when(new RecordPlanDecision(GOTLAND, PLAN_ID, REFERRED_BACK, null, SOCIALNAMNDEN, ADOPTED_ON, null,
                        null, "Indikatorer saknas", ADOPTED_ON.minusDays(1), null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "reportBackBy"))
                .expectExceptionMessage("the report-back date 2022-09-13 is before the decision date 2022-09-14");
    }

    @Test
    void aFurtherExtensionEndsAfterTheExtendedPeriod() {
        fixture.given(drafted(), proposed(1), decided(ADOPTED, 1, ADOPTED_ON), extended(EXTENDED_TO))
                .when(extend(EXTENDED_TO))
                .expectNoEvents()
                .expectException(rejected(INVALID, "newPeriodEnd"))
                .expectExceptionMessage("the new period end 2024-06-30 must be after the current period end 2024-06-30");
    }

    @Test
    void anExtensionEndsAfterTheCurrentPeriod() {
        fixture.given(drafted(), proposed(1), decided(ADOPTED, 1, ADOPTED_ON))
                .when(extend(PERIOD_END))
                .expectNoEvents()
                .expectException(rejected(INVALID, "newPeriodEnd"))
                .expectExceptionMessage("the new period end 2023-12-31 must be after the current period end 2023-12-31");
    }

    @Test
    void extendsTheValidity() {
        fixture.given(drafted(), proposed(1), decided(ADOPTED, 1, ADOPTED_ON))
                .when(extend(EXTENDED_TO))
                .expectEvents(extended(EXTENDED_TO));
    }

    @Test
    void anExtensionNeedsTheNewPeriodEnd() {
        fixture.given(drafted())
                .when(extend(null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "newPeriodEnd"))
                .expectExceptionMessage("an extension needs the new period end");
    }

    @Test
    void onlyAnExtensionSetsANewPeriodEnd() {
        fixture.given(drafted(), proposed(1))
                .when(new RecordPlanDecision(GOTLAND, PLAN_ID, ADOPTED, null, SOCIALNAMNDEN, ADOPTED_ON, null, null,
                        null, null, EXTENDED_TO, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "newPeriodEnd"))
                .expectExceptionMessage("only an extension sets a new period end, not a decision ADOPTED");
    }

    @Test
    void aSupersessionDecidesOnNoRevision() {
        fixture.given(drafted(), proposed(1))
                .when(decide(SUPERSEDED, 1, ADOPTED_ON))
                .expectNoEvents()
                .expectException(rejected(INVALID, "revision"))
                .expectExceptionMessage("a decision SUPERSEDED does not decide on a revision");
    }

    @Test
    void aDecisionNeedsADecidingBody() {
        fixture.given(drafted(), proposed(1))
                .when(new RecordPlanDecision(GOTLAND, PLAN_ID, ADOPTED, null, " ", ADOPTED_ON, null, null, null, null,
                        null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "decidingBody"))
                .expectExceptionMessage("the deciding body is required");
    }

    @Test
    void aDecisionNeedsADate() {
        fixture.given(drafted(), proposed(1))
                .when(decide(ADOPTED, null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "decisionDate"))
                .expectExceptionMessage("the decision date is required");
    }

    @Test
    void aDecisionNeedsAKind() {
        fixture.given(drafted(), proposed(1))
                .when(decide(null, null, ADOPTED_ON))
                .expectNoEvents()
                .expectException(rejected(INVALID, "kind"))
                .expectExceptionMessage("the kind of decision is required");
    }

    @Test
    void anAdoptedPlanIsAmendedByANewRevision() {
        fixture.given(drafted(), proposed(1), decided(ADOPTED, 1, ADOPTED_ON))
                .when(propose(content()))
                .expectEvents(proposed(2));
    }

    @Test
    void theAmendmentIsAdoptedLater() {
        LocalDate amendedOn = LocalDate.of(2023, 3, 15);
        fixture.given(drafted(), proposed(1), decided(ADOPTED, 1, ADOPTED_ON), proposed(2))
                .when(decide(ADOPTED, null, amendedOn))
                .expectEvents(decided(ADOPTED, 2, amendedOn));
    }

    @ParameterizedTest
    @EnumSource(value = DecisionKind.class, names = {"ADOPTED", "APPROVED_AND_FORWARDED", "REFERRED_BACK"})
    void aSupersededPlanTakesNoOtherDecision(DecisionKind kind) {
        fixture.given(drafted(), proposed(1), decided(SUPERSEDED, null, ADOPTED_ON))
                .when(new RecordPlanDecision(GOTLAND, PLAN_ID, kind, null, SOCIALNAMNDEN, ADOPTED_ON, null, null,
                        "Skäl", null, null, null))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage(superseded());
    }

    @Test
    void aSupersededPlanTakesNoNewRevision() {
        fixture.given(drafted(), proposed(1), decided(SUPERSEDED, null, ADOPTED_ON))
                .when(propose(content()))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage(superseded());
    }

    @Test
    void aSupersededPlanIsNotSentForConsultation() {
        fixture.given(drafted(), proposed(1), decided(SUPERSEDED, null, ADOPTED_ON))
                .when(new SendPlanForConsultation(GOTLAND, PLAN_ID, null, List.of("Origo"), ADOPTED_ON,
                        null, null))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage(superseded());
    }

    @Test
    void aSupersededPlanRecordsNoConsultationResponse() {
        fixture.given(drafted(), proposed(1), sent(1, 1, "Origo"), decided(SUPERSEDED, null, ADOPTED_ON))
                .when(new RecordConsultationResponse(GOTLAND, PLAN_ID, null, "Origo", Stance.SUPPORTS, null,
                        null, null))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage(superseded());
    }

    @Test
    void aSupersededPlanChangesNoHands() {
        fixture.given(drafted(), decided(SUPERSEDED, null, ADOPTED_ON))
                .when(new TransferPlanResponsibility(GOTLAND, PLAN_ID, SOCIALNAMNDEN, "Regionstyrelsen", ADOPTED_ON,
                        null, null))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage(superseded());
    }

    @Test
    void aSupersededPlanMayStillBeExtended() {
        fixture.given(drafted(), decided(SUPERSEDED, null, ADOPTED_ON))
                .when(extend(EXTENDED_TO))
                .expectEvents(extended(EXTENDED_TO));
    }

    @Test
    void aSupersededPlanMayBeSupersededAgain() {
        fixture.given(drafted(), decided(SUPERSEDED, null, ADOPTED_ON))
                .when(decide(SUPERSEDED, null, ADOPTED_ON))
                .expectEvents(decided(SUPERSEDED, null, ADOPTED_ON));
    }

    private static String superseded() {
        return "plan vinr-2022-2023 is superseded; only decisions VALIDITY_EXTENDED or SUPERSEDED may follow";
    }

    private static RecordPlanDecision extend(LocalDate newPeriodEnd) {
        return new RecordPlanDecision(GOTLAND, PLAN_ID, VALIDITY_EXTENDED, null, SOCIALNAMNDEN, ADOPTED_ON, null,
                CASE_NUMBER, null, null, newPeriodEnd, null);
    }

    private static PlanDecisionRecorded extended(LocalDate newPeriodEnd) {
        return new PlanDecisionRecorded(GOTLAND, PLAN_ID, VALIDITY_EXTENDED, null, SOCIALNAMNDEN, ADOPTED_ON, null,
                CASE_NUMBER, null, null, newPeriodEnd);
    }
}
