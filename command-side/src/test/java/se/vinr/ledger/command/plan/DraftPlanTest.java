package se.vinr.ledger.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.vinr.ledger.events.plan.PlanDrafted;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.organisation.Rejection.rejected;
import static se.vinr.ledger.command.plan.PlanTestData.CASE_NUMBER;
import static se.vinr.ledger.command.plan.PlanTestData.DRAFTED_ON;
import static se.vinr.ledger.command.plan.PlanTestData.GOTLAND;
import static se.vinr.ledger.command.plan.PlanTestData.PERIOD_END;
import static se.vinr.ledger.command.plan.PlanTestData.PERIOD_START;
import static se.vinr.ledger.command.plan.PlanTestData.PLAN_ID;
import static se.vinr.ledger.command.plan.PlanTestData.SOCIALNAMNDEN;
import static se.vinr.ledger.command.plan.PlanTestData.TITLE;
import static se.vinr.ledger.command.plan.PlanTestData.draft;
import static se.vinr.ledger.command.plan.PlanTestData.drafted;

/** Rule 1: what a new plan needs. The municipality and uniqueness checks are in {@link DraftPlanHandlerTest}. */
class DraftPlanTest {

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    @Test
    void draftingOpensThePlan() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Plan(draft()))
                .expectEvents(drafted());
    }

    @Test
    void thePeriodEndsAfterItStarts() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Plan(new DraftPlan(GOTLAND, PLAN_ID, TITLE, PERIOD_START, PERIOD_START,
                        CASE_NUMBER, SOCIALNAMNDEN, DRAFTED_ON)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "periodEnd"))
                .expectExceptionMessage("the period end 2022-01-01 must be after the period start 2022-01-01");
    }

    @Test
    void aPeriodOfTwoDaysIsAccepted() {
        LocalDate nextDay = PERIOD_START.plusDays(1);
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Plan(new DraftPlan(GOTLAND, PLAN_ID, TITLE, PERIOD_START, nextDay, null,
                        SOCIALNAMNDEN, DRAFTED_ON)))
                .expectEvents(new PlanDrafted(GOTLAND, PLAN_ID, TITLE, PERIOD_START, nextDay, null, SOCIALNAMNDEN,
                        DRAFTED_ON));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aPlanNeedsATitle(String title) {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Plan(new DraftPlan(GOTLAND, PLAN_ID, title, PERIOD_START, PERIOD_END,
                        CASE_NUMBER, SOCIALNAMNDEN, DRAFTED_ON)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "title"))
                .expectExceptionMessage("the plan needs a title");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aPlanNeedsAResponsibleBody(String body) {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Plan(new DraftPlan(GOTLAND, PLAN_ID, TITLE, PERIOD_START, PERIOD_END,
                        CASE_NUMBER, body, DRAFTED_ON)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "responsibleBody"))
                .expectExceptionMessage("the plan needs a responsible body");
    }

    @Test
    void aPlanNeedsItsPeriod() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Plan(new DraftPlan(GOTLAND, PLAN_ID, TITLE, PERIOD_START, null,
                        CASE_NUMBER, SOCIALNAMNDEN, DRAFTED_ON)))
                .expectNoEvents()
                .expectException(rejected(INVALID, "periodEnd"))
                .expectExceptionMessage("the plan needs the end of its period");
    }

    @Test
    void aPlanWhoseDraftingDateIsUnknownEntersHistoryAtTheStartOfItsPeriod() {
        PlanDrafted undated = new PlanDrafted(GOTLAND, PLAN_ID, TITLE, PERIOD_START, PERIOD_END, CASE_NUMBER,
                SOCIALNAMNDEN, null);
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Plan(new DraftPlan(GOTLAND, PLAN_ID, TITLE, PERIOD_START, PERIOD_END,
                        CASE_NUMBER, SOCIALNAMNDEN, null)))
                .expectEvents(undated);
        assertThat(undated.businessDate()).isEqualTo(PERIOD_START);
    }
}
