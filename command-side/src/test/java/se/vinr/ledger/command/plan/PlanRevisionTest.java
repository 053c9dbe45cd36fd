package se.vinr.ledger.command.plan;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.PlanRevisionProposed;
import se.vinr.ledger.events.plan.Recurrence;
import se.vinr.ledger.events.plan.Timing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.organisation.Rejection.rejected;
import static se.vinr.ledger.command.plan.PlanTestData.CASE_NUMBER;
import static se.vinr.ledger.command.plan.PlanTestData.GOTLAND;
import static se.vinr.ledger.command.plan.PlanTestData.PLAN_ID;
import static se.vinr.ledger.command.plan.PlanTestData.PROPOSED_ON;
import static se.vinr.ledger.command.plan.PlanTestData.content;
import static se.vinr.ledger.command.plan.PlanTestData.drafted;
import static se.vinr.ledger.command.plan.PlanTestData.propose;
import static se.vinr.ledger.command.plan.PlanTestData.proposed;

/** Rules 7 (the content of a revision) and 10 (revisions are numbered by the plan), and the returned version. */
class PlanRevisionTest {

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    @Test
    void theFirstRevisionIsNumbered1AndTheVersionIsTheSequenceNumberOfItsEvent() {
        fixture.given(drafted())
                .when(propose(content()))
                .expectEvents(proposed(1))
                .expectResultMessagePayload(1L);
    }

    @Test
    void laterRevisionsAreNumberedOnAndTheVersionCountsEveryEvent() {
        fixture.given(drafted(), proposed(1), proposed(2))
                .when(propose(content()))
                .expectEvents(proposed(3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aRevisionTheDocumentsDoNotDateIsRecordedWithoutADate() {
        fixture.given(drafted())
                .when(new ProposePlanRevision(GOTLAND, PLAN_ID, content(), null, null, null, null, null))
                .expectEvents(new PlanRevisionProposed(GOTLAND, PLAN_ID, 1, content(), null, null, null, null));
    }

    @Test
    void aRevisionWithoutGoalsSaysWhyItsContentIsNotRecorded() {
        PlanContent unknown = new PlanContent(List.of());
        fixture.given(drafted())
                .when(new ProposePlanRevision(GOTLAND, PLAN_ID, unknown, null, PROPOSED_ON, null, null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "goals"))
                .expectExceptionMessage("a revision without goals must say in its summary why its content is not"
                        + " recorded");
        String why = "Återrapporteringen anger inte planens mål";
        fixture.given(drafted())
                .when(new ProposePlanRevision(GOTLAND, PLAN_ID, unknown, null, PROPOSED_ON, why, null, null))
                .expectEvents(new PlanRevisionProposed(GOTLAND, PLAN_ID, 1, unknown, null, PROPOSED_ON, why, null));
    }

    @Test
    void aRecurrenceInAGivenMonthIsAccepted() {
        // Sundbyberg reviews its web information every May.
        PlanContent everyMay = contentWith(new Activity("1:1", "Informationen på webbplatsen ses över", null, null,
                new Timing("Varje maj", null, new Recurrence(Recurrence.Frequency.YEARLY, 5))));
        fixture.given(drafted())
                .when(propose(everyMay))
                .expectEvents(new PlanRevisionProposed(GOTLAND, PLAN_ID, 1, everyMay, "Socialförvaltningen",
                        PROPOSED_ON, null, CASE_NUMBER));
    }

    @Test
    void anIndicatorWithoutBaselineOrTargetDateIsAccepted() {
        PlanContent content = new PlanContent(List.of(new Goal("1", "Film och introduktionswebbkurs", null, null,
                List.of(new Indicator("1.a", "Antal intyg om genomförd webbkurs", "st", null, null, null, null,
                        null)))));
        fixture.given(drafted())
                .when(propose(content))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PlanRevisionProposed(GOTLAND, PLAN_ID, 1, content, "Socialförvaltningen",
                        PROPOSED_ON, null, CASE_NUMBER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidContents")
    void invalidContentIsRefusedWithThePathOfTheField(PlanContent content, String field, String message) {
        fixture.given(drafted())
                .when(propose(content))
                .expectNoEvents()
                .expectException(rejected(INVALID, field))
                .expectExceptionMessage(message);
    }

    static Stream<Arguments> invalidContents() {
        Goal second = new Goal("2", "Nyckelpersonsstruktur", null, null, null);
        return Stream.of(
                arguments(named("no content", null), "goals", "a revision needs its goals"),
                arguments(named("goal without code", goals(new Goal(" ", "Nyckelpersonsstruktur", null, null, null))),
                        "goals[0].code", "every goal needs a code"),
                arguments(named("goal without title", goals(new Goal("1", "", null, null, null))),
                        "goals[0].title", "goal 1 needs a title"),
                arguments(named("goal code twice", goals(second, new Goal("3", "Barnperspektivet", null, null, null),
                                new Goal("2", "Hedersrelaterat våld och förtryck", null, null, null))),
                        "goals[2].code", "goal code 2 is used more than once in this revision"),
                arguments(named("activity code twice in different goals", goals(
                                goal("1", activity("1:1"), activity("1:2")), goal("2", activity("1:1")))),
                        "goals[1].activities[0].code",
                        "activity code 1:1 is used more than once in this revision"),
                arguments(named("activity without code", goals(goal("1", activity(null)))),
                        "goals[0].activities[0].code", "every activity needs a code"),
                arguments(named("activity without description", goals(goal("1",
                                new Activity("1:1", " ", null, null, null)))),
                        "goals[0].activities[0].description", "activity 1:1 needs a description"),
                arguments(named("recurrence in month 13", contentWith(new Activity("1:1", "Kampanj", null, null,
                                new Timing("Årligen", null, new Recurrence(Recurrence.Frequency.YEARLY, 13))))),
                        "goals[0].activities[0].timing.recurrence.month",
                        "the month of activity 1:1 must be 1-12, got 13"),
                arguments(named("recurrence in month 0", contentWith(new Activity("1:1", "Kampanj", null, null,
                                new Timing("Årligen", null, new Recurrence(Recurrence.Frequency.YEARLY, 0))))),
                        "goals[0].activities[0].timing.recurrence.month",
                        "the month of activity 1:1 must be 1-12, got 0"),
                arguments(named("recurrence without frequency", contentWith(new Activity("1:1", "Kampanj", null,
                                null, new Timing("Årligen", null, new Recurrence(null, 11))))),
                        "goals[0].activities[0].timing.recurrence.frequency",
                        "the recurrence of activity 1:1 needs a frequency"),
                arguments(named("indicator code twice in different goals", goals(
                                indicatorGoal("1", indicator("i1")), indicatorGoal("2", indicator("i2"), indicator("i1")))),
                        "goals[1].indicators[1].code",
                        "indicator code i1 is used more than once in this revision"),
                arguments(named("indicator without name", goals(indicatorGoal("1",
                                new Indicator("i1", null, null, null, null, null, null, null)))),
                        "goals[0].indicators[0].name", "indicator i1 needs a name"));
    }

    @Test
    void aStaleExpectedVersionIsAConflictOfVersions() {
        fixture.given(drafted(), proposed(1))
                .when(new ProposePlanRevision(GOTLAND, PLAN_ID, content(), null, PROPOSED_ON, null, null, 0L))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    private static <T> Named<T> named(String name, T value) {
        return Named.of(name, value);
    }

    private static PlanContent goals(Goal... goals) {
        return new PlanContent(Arrays.asList(goals));
    }

    private static PlanContent contentWith(Activity activity) {
        return goals(goal("1", activity));
    }

    private static Goal goal(String code, Activity... activities) {
        return new Goal(code, "Mål " + code, null, List.of(activities), null);
    }

    private static Goal indicatorGoal(String code, Indicator... indicators) {
        return new Goal(code, "Mål " + code, null, null, List.of(indicators));
    }

    private static Activity activity(String code) {
        return new Activity(code, "Aktivitet " + code, null, null, null);
    }

    private static Indicator indicator(String code) {
        return new Indicator(code, "Indikator " + code, null, null, null, null, null, null);
    }
}
