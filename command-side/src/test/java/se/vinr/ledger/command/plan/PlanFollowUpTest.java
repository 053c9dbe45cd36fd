package se.vinr.ledger.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.ActivityStatusReported;
import se.vinr.ledger.events.plan.ComplianceAnswer;
import se.vinr.ledger.events.plan.Direction;
import se.vinr.ledger.events.plan.FollowUpReportSubmitted;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.GoalAssessment;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.IndicatorValueRecorded;
import se.vinr.ledger.events.plan.Measure;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.PlanRevisionProposed;
import se.vinr.ledger.events.plan.Recurrence;
import se.vinr.ledger.events.plan.Timing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.CommandRejectedException.Reason.NOT_FOUND;
import static se.vinr.ledger.command.organisation.Rejection.rejected;
import static se.vinr.ledger.command.plan.PlanTestData.ADOPTED_ON;
import static se.vinr.ledger.command.plan.PlanTestData.CASE_NUMBER;
import static se.vinr.ledger.command.plan.PlanTestData.GOTLAND;
import static se.vinr.ledger.command.plan.PlanTestData.PLAN_ID;
import static se.vinr.ledger.command.plan.PlanTestData.PROPOSED_ON;
import static se.vinr.ledger.command.plan.PlanTestData.decided;
import static se.vinr.ledger.command.plan.PlanTestData.drafted;
import static se.vinr.ledger.events.plan.ActivityStatus.DONE;
import static se.vinr.ledger.events.plan.ActivityStatus.IN_PROGRESS;
import static se.vinr.ledger.events.plan.DecisionKind.ADOPTED;
import static se.vinr.ledger.events.plan.DecisionKind.SUPERSEDED;
import static se.vinr.ledger.events.plan.FollowUpKind.INTERIM;

/**
 * Following a plan up: statuses of the activities (each occurrence of a recurring one on its own), values of the
 * indicators kept by hand, and follow-up reports, all against the revision in force. The plan runs 2022-2023.
 */
class PlanFollowUpTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 4, 30);
    private static final Source INTERIM_REPORT = new Source("gotland-delrapport-2023-05-15.txt", "Per april 2023");
    private static final Goal TRAINING = new Goal("1", "Film och introduktionswebbkurs", null, List.of(
            new Activity("1:1", "All personal genomför NCK:s webbkurs", null, null,
                    new Timing("Senast 30 juni 2023", LocalDate.of(2023, 6, 30), null)),
            new Activity("1:2", "Informationen på webbplatsen ses över", null, null,
                    new Timing("Varje maj", null, new Recurrence(Recurrence.Frequency.YEARLY, 5)))),
            List.of(new Indicator("1.a", "Antal insända intyg", "st", new Measure(BigDecimal.ZERO, ADOPTED_ON),
                            new Measure(new BigDecimal("1700"), LocalDate.of(2023, 6, 30)), Direction.INCREASE, null,
                            null),
                    new Indicator("1.b", "Skriftlig rutin beslutad på ledningsnivå", null, null, null, null,
                            new IndicatorSource(IndicatorSource.Kind.COMPLIANCE, null, "IFO", null, null, null), null),
                    new Indicator("1.c", "Andel personal som genomfört webbkursen", "%", null, null, null,
                            new IndicatorSource(IndicatorSource.Kind.TRAINING_COVERAGE, "nck-webbkurs", null, null,
                                    null, null), null)));
    private static final Goal KEY_PERSONS = new Goal("2", "Nyckelpersonsstruktur", null, List.of(
            new Activity("2:1", "Introduktionskurs för nyckelpersoner", null, null,
                    new Timing("Varje termin", null, new Recurrence(Recurrence.Frequency.TERMLY, null)))), null);
    private static final Goal HONOUR = new Goal("3", "Hedersrelaterat våld och förtryck", null, List.of(
            new Activity("3:1", "Nyckelpersoner utbildas i hedersrelaterat våld", null, null, null)), null);

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    private static PlanRevisionProposed proposed(int revision, Goal... goals) {
        return new PlanRevisionProposed(GOTLAND, PLAN_ID, revision, new PlanContent(List.of(goals)),
                "Socialförvaltningen", PROPOSED_ON, null, CASE_NUMBER);
    }

    /** Revision 1 with goals 1 and 2, adopted: three events, so a new event has sequence number 3. */
    private static List<Object> adopted() {
        return new ArrayList<>(List.of(drafted(), proposed(1, TRAINING, KEY_PERSONS), decided(ADOPTED, 1, ADOPTED_ON)));
    }

    private static ReportActivityStatus status(String code, LocalDate occurrence) {
        return new ReportActivityStatus(GOTLAND, PLAN_ID, code, occurrence, IN_PROGRESS, AS_OF, null, null);
    }

    private static ActivityStatusReported reported(int revision, String code, LocalDate occurrence) {
        return new ActivityStatusReported(GOTLAND, PLAN_ID, revision, code, occurrence, IN_PROGRESS, AS_OF, null);
    }

    private static RecordIndicatorValue number(String code, String value) {
        return new RecordIndicatorValue(GOTLAND, PLAN_ID, code, new BigDecimal(value), null, null, AS_OF,
                INTERIM_REPORT, null, null);
    }

    private static RecordIndicatorValue answer(String code, ComplianceAnswer answer, String evidence) {
        return new RecordIndicatorValue(GOTLAND, PLAN_ID, code, null, answer, evidence, AS_OF, null, null, null);
    }

    private static SubmitFollowUpReport report(GoalAssessment... assessments) {
        return new SubmitFollowUpReport(GOTLAND, PLAN_ID, INTERIM, LocalDate.of(2023, 5, 15), List.of(assessments),
                null);
    }

    @Test
    void reportsTheStatusOfAnActivityOfTheAdoptedRevision() {
        fixture.given(adopted())
                .when(new ReportActivityStatus(GOTLAND, PLAN_ID, "1:1", null, DONE, AS_OF, "1350 medarbetare", null))
                .expectEvents(new ActivityStatusReported(GOTLAND, PLAN_ID, 1, "1:1", null, DONE, AS_OF,
                        "1350 medarbetare"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void anActivityNotInTheRevisionInForceIsNotFound() {
        fixture.given(adopted())
                .when(status("9:9", null))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "code"))
                .expectExceptionMessage("plan vinr-2022-2023 has no activity 9:9 in revision 1, the revision in "
                        + "force");
    }

    @Test
    void anActivityOfALaterRevisionNotYetAdoptedIsNotInForce() {
        List<Object> history = adopted();
        history.add(proposed(2, TRAINING, KEY_PERSONS, HONOUR));
        fixture.given(history)
                .when(status("3:1", null))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "code"))
                .expectExceptionMessage("plan vinr-2022-2023 has no activity 3:1 in revision 1, the revision in "
                        + "force");
    }

    @Test
    void whileNoRevisionIsAdoptedTheLatestProposedOneIsInForce() {
        fixture.given(drafted(), proposed(1, TRAINING), proposed(2, TRAINING, HONOUR))
                .when(status("3:1", null))
                .expectEvents(reported(2, "3:1", null));
    }

    @Test
    void theLatestAdoptionPutsItsRevisionInForce() {
        List<Object> history = adopted();
        history.add(proposed(2, HONOUR));
        history.add(decided(ADOPTED, 2, ADOPTED_ON.plusMonths(6)));
        fixture.given(history)
                .when(status("3:1", null))
                .expectEvents(reported(2, "3:1", null));
    }

    @Test
    void aPlanWithoutARevisionHasNoActivities() {
        fixture.given(drafted())
                .when(status("1:1", null))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "code"))
                .expectExceptionMessage("plan vinr-2022-2023 has no revision yet, so no activity 1:1");
    }

    @Test
    void aStatusIsOneOfTheFourStatuses() {
        fixture.given(adopted())
                .when(new ReportActivityStatus(GOTLAND, PLAN_ID, "1:1", null, null, AS_OF, null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "status"))
                .expectExceptionMessage("the status (NOT_STARTED, IN_PROGRESS, DONE or CANCELLED) is required");
    }

    @Test
    void aStatusIsAsOfADate() {
        fixture.given(adopted())
                .when(new ReportActivityStatus(GOTLAND, PLAN_ID, "1:1", null, DONE, null, null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "asOf"))
                .expectExceptionMessage("the date the status applies to is required");
    }

    @Test
    void eachOccurrenceOfARecurringActivityIsReportedByItsDueDate() {
        // Every May: the 2023 occurrence is due 31 May 2023.
        LocalDate may2023 = LocalDate.of(2023, 5, 31);
        fixture.given(adopted())
                .when(status("1:2", may2023))
                .expectEvents(reported(1, "1:2", may2023));
    }

    @Test
    void anOccurrenceOfATermlyActivityIsDueAtTheEndOfTheTerm() {
        LocalDate autumnTerm2022 = LocalDate.of(2022, 12, 31);
        fixture.given(adopted())
                .when(status("2:1", autumnTerm2022))
                .expectEvents(reported(1, "2:1", autumnTerm2022));
    }

    @Test
    void theStatusOfARecurringActivityNamesTheOccurrence() {
        fixture.given(adopted())
                .when(status("1:2", null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "occurrence"))
                .expectExceptionMessage("activity 1:2 recurs (YEARLY): name the occurrence reported on by its due "
                        + "date");
    }

    @Test
    void anOccurrenceIsNamedByItsDueDate() {
        fixture.given(adopted())
                .when(status("1:2", LocalDate.of(2023, 5, 15)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "occurrence"))
                .expectExceptionMessage("2023-05-15 is not a due date of activity 1:2; the occurrence it falls in is "
                        + "due 2023-05-31");
    }

    @Test
    void occurrencesLieInThePlansPeriod() {
        fixture.given(adopted())
                .when(status("1:2", LocalDate.of(2024, 5, 31)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "occurrence"))
                .expectExceptionMessage("the occurrence due 2024-05-31 of activity 1:2 is outside the plan's period "
                        + "2022-01-01 to 2023-12-31");
    }

    @Test
    void anActivityThatDoesNotRecurHasNoOccurrences() {
        fixture.given(adopted())
                .when(status("1:1", LocalDate.of(2023, 6, 30)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "occurrence"))
                .expectExceptionMessage("activity 1:1 does not recur; its status is reported without an occurrence");
    }

    @Test
    void followUpOfTheTimeTheSupersededPlanWasInForceIsAccepted() {
        List<Object> history = adopted();
        history.add(decided(SUPERSEDED, null, AS_OF));
        fixture.given(history)
                .when(status("1:1", null))
                .expectEvents(reported(1, "1:1", null));
    }

    @Test
    void followUpAfterThePlanWasSupersededIsAConflict() {
        List<Object> history = adopted();
        history.add(decided(SUPERSEDED, null, AS_OF.minusDays(1)));
        fixture.given(history)
                .when(status("1:1", null))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("plan vinr-2022-2023 was superseded on 2023-04-29; follow-up as of "
                        + "2023-04-30 belongs to the plan that replaced it");
    }

    @Test
    void recordsANumberForAManualIndicatorWithItsSource() {
        fixture.given(adopted())
                .when(number("1.a", "100"))
                .expectEvents(new IndicatorValueRecorded(GOTLAND, PLAN_ID, 1, "1.a", new BigDecimal("100"), null,
                        null, AS_OF, INTERIM_REPORT, null))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aManualIndicatorIsANumberNotAnAnswer() {
        fixture.given(adopted())
                .when(answer("1.a", ComplianceAnswer.YES, "intyg"))
                .expectNoEvents()
                .expectException(rejected(INVALID, "value"))
                .expectExceptionMessage("the value of indicator 1.a is a number");
    }

    @Test
    void aManualIndicatorNeedsItsValue() {
        fixture.given(adopted())
                .when(answer("1.a", null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "value"))
                .expectExceptionMessage("the value of indicator 1.a is a number");
    }

    @Test
    void onlyComplianceIndicatorsTakeEvidence() {
        fixture.given(adopted())
                .when(new RecordIndicatorValue(GOTLAND, PLAN_ID, "1.a", BigDecimal.TEN, null, "rapport", AS_OF, null,
                        null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "evidence"))
                .expectExceptionMessage("only compliance indicators take evidence; give the value's source or a note "
                        + "for indicator 1.a");
    }

    @Test
    void recordsAComplianceAnswerWithItsEvidence() {
        fixture.given(adopted())
                .when(answer("1.b", ComplianceAnswer.PARTLY, "Rutin beslutad av IFO:s ledningsgrupp 2023-03-01"))
                .expectEvents(new IndicatorValueRecorded(GOTLAND, PLAN_ID, 1, "1.b", null, ComplianceAnswer.PARTLY,
                        "Rutin beslutad av IFO:s ledningsgrupp 2023-03-01", AS_OF, null, null));
    }

    @Test
    void aNoNeedsNoEvidence() {
        fixture.given(adopted())
                .when(answer("1.b", ComplianceAnswer.NO, null))
                .expectEvents(new IndicatorValueRecorded(GOTLAND, PLAN_ID, 1, "1.b", null, ComplianceAnswer.NO, null,
                        AS_OF, null, null));
    }

    @ParameterizedTest
    @EnumSource(value = ComplianceAnswer.class, names = {"YES", "PARTLY"})
    void aYesOrPartlyRestsOnEvidence(ComplianceAnswer given) {
        fixture.given(adopted())
                .when(answer("1.b", given, " "))
                .expectNoEvents()
                .expectException(rejected(INVALID, "evidence"))
                .expectExceptionMessage("the answer " + given + " to indicator 1.b needs the evidence it rests on");
    }

    @Test
    void aComplianceIndicatorIsAnsweredNotNumbered() {
        fixture.given(adopted())
                .when(number("1.b", "1"))
                .expectNoEvents()
                .expectException(rejected(INVALID, "value"))
                .expectExceptionMessage("indicator 1.b is a compliance indicator: its value is YES, PARTLY or NO");
    }

    @Test
    void valuesOfADerivedIndicatorAreComputedNotRecorded() {
        fixture.given(adopted())
                .when(number("1.c", "12"))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("indicator 1.c is computed from the ledger (TRAINING_COVERAGE); its values "
                        + "are not recorded by hand");
    }

    @Test
    void anIndicatorNotInTheRevisionInForceIsNotFound() {
        fixture.given(adopted())
                .when(number("9.z", "12"))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "code"))
                .expectExceptionMessage("plan vinr-2022-2023 has no indicator 9.z in revision 1, the revision in "
                        + "force");
    }

    @Test
    void aValueIsAsOfADate() {
        fixture.given(adopted())
                .when(new RecordIndicatorValue(GOTLAND, PLAN_ID, "1.a", BigDecimal.TEN, null, null, null, null, null,
                        null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "asOf"))
                .expectExceptionMessage("the date the value applies to is required");
    }

    @Test
    void submitsAReportAssessingGoalsAndThePlanAsAWhole() {
        List<GoalAssessment> assessments = List.of(new GoalAssessment("1", "Ca 100 medarbetare har genomgått kursen"),
                new GoalAssessment("2", "Över 100 nyckelpersoner är inrapporterade"),
                new GoalAssessment(null, "Arbetet pågår i hela förvaltningen"));
        fixture.given(adopted())
                .when(report(assessments.toArray(GoalAssessment[]::new)))
                .expectEvents(new FollowUpReportSubmitted(GOTLAND, PLAN_ID, 1, INTERIM, LocalDate.of(2023, 5, 15),
                        assessments))
                .expectResultMessagePayload(3L);
    }

    @Test
    void anAssessedGoalIsAGoalOfTheRevisionInForce() {
        fixture.given(adopted())
                .when(report(new GoalAssessment("1", "Pågår"), new GoalAssessment("3", "Pågår")))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "assessments[1].goalCode"))
                .expectExceptionMessage("plan vinr-2022-2023 has no goal 3 in revision 1, the revision in force");
    }

    @Test
    void aReportAssessesAGoalOnce() {
        fixture.given(adopted())
                .when(report(new GoalAssessment("1", "Pågår"), new GoalAssessment("1", "Klart")))
                .expectNoEvents()
                .expectException(rejected(INVALID, "assessments[1].goalCode"))
                .expectExceptionMessage("goal 1 is assessed more than once in this report");
    }

    @Test
    void everyAssessmentHasAText() {
        fixture.given(adopted())
                .when(report(new GoalAssessment("1", " ")))
                .expectNoEvents()
                .expectException(rejected(INVALID, "assessments[0].text"))
                .expectExceptionMessage("every assessment needs a text");
    }

    @Test
    void aReportHasAssessments() {
        fixture.given(adopted())
                .when(report())
                .expectNoEvents()
                .expectException(rejected(INVALID, "assessments"))
                .expectExceptionMessage("a follow-up report needs at least one assessment");
    }

    @Test
    void aReportHasAKind() {
        fixture.given(adopted())
                .when(new SubmitFollowUpReport(GOTLAND, PLAN_ID, null, AS_OF, List.of(new GoalAssessment("1", "x")),
                        null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "kind"))
                .expectExceptionMessage("the kind of report (INTERIM, ANNUAL or FINAL) is required");
    }

    @Test
    void aReportIsDated() {
        fixture.given(adopted())
                .when(new SubmitFollowUpReport(GOTLAND, PLAN_ID, INTERIM, null, List.of(new GoalAssessment("1", "x")),
                        null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "date"))
                .expectExceptionMessage("the date of the report is required");
    }

    @Test
    void aPlanWithoutARevisionHasNothingToFollowUp() {
        fixture.given(drafted())
                .when(report(new GoalAssessment(null, "Planen är inte antagen")))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null))
                .expectExceptionMessage("plan vinr-2022-2023 has no revision to follow up");
    }
}
