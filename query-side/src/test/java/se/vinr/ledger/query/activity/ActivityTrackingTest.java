package se.vinr.ledger.query.activity;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.plan.FollowUpPlan;
import se.vinr.ledger.query.plan.PlanFollowUp;
import se.vinr.ledger.query.plan.PlanProgress.ActivityCounts;
import se.vinr.ledger.query.plan.TimelineBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.ledger.events.plan.ActivityStatus.CANCELLED;
import static se.vinr.ledger.events.plan.ActivityStatus.DONE;
import static se.vinr.ledger.events.plan.ActivityStatus.IN_PROGRESS;
import static se.vinr.ledger.events.plan.ActivityStatus.NOT_STARTED;
import static se.vinr.ledger.events.plan.DecisionKind.ADOPTED;

class ActivityTrackingTest {

    /** Up to mid-June 2019: see {@link FollowUpPlan} for the activities. */
    private static TimelineBuilder followedUp() {
        return FollowUpPlan.adopted(List.of(), List.of())
                .activityStatus(1, "1:2", null, IN_PROGRESS, "2018-05-01")
                .activityStatus(1, "1:1", "2018-05-31", DONE, "2018-06-03")
                .activityStatus(1, "2:2", "2018-06-30", DONE, "2018-06-20")
                .activityStatus(1, "1:2", null, DONE, "2018-08-15")
                .activityStatus(1, "2:2", "2018-12-31", CANCELLED, "2018-12-01")
                .activityStatus(1, "2:3", null, IN_PROGRESS, "2019-02-01")
                // the spring term's course given early
                .activityStatus(1, "2:2", "2019-06-30", DONE, "2019-06-10");
    }

    @Test
    void aOneOffActivityHasTheLatestStatusReportedAsOfTheDateAndIsOverdueOncePastDueUnlessDone() {
        ActivityView midsummer = activity(followedUp(), "2018-07-01", "1:2");
        assertThat(midsummer.status()).isEqualTo(IN_PROGRESS);
        assertThat(midsummer.statusAsOf()).isEqualTo("2018-05-01");
        assertThat(midsummer.note()).isEqualTo("IN_PROGRESS as of 2018-05-01");
        assertThat(midsummer.dueDate()).isEqualTo("2018-06-30");
        assertThat(midsummer.overdue()).isTrue();

        ActivityView august = activity(followedUp(), "2018-08-15", "1:2");
        assertThat(august.status()).isEqualTo(DONE);
        assertThat(august.overdue()).isFalse();
        assertThat(activity(followedUp(), "2018-06-30", "1:2").overdue()).as("due that day, not yet past").isFalse();
    }

    @Test
    void anActivityWithoutADueDateIsDueByTheEndOfThePlansPeriod() {
        ActivityView continuous = activity(followedUp(), "2019-06-15", "2:1");

        assertThat(continuous.dueDate()).isEqualTo("2020-12-31");
        assertThat(continuous.dueDateFromPlanPeriod()).isTrue();
        assertThat(continuous.status()).isEqualTo(NOT_STARTED);
        assertThat(continuous.overdue()).isFalse();
        assertThat(activity(followedUp(), "2021-01-01", "2:1").overdue()).isTrue();
        assertThat(activity(followedUp(), "2019-06-15", "2:3").dueDateFromPlanPeriod()).isFalse();
    }

    @Test
    void eachOccurrenceOfARecurringActivityHasItsOwnStatusUpToTheEndOfTheYear() {
        ActivityView website = activity(followedUp(), "2019-06-15", "1:1");

        assertThat(website.occurrences()).containsExactly(
                new ActivityView.Occurrence(LocalDate.parse("2018-05-31"), DONE, LocalDate.parse("2018-06-03"),
                        "DONE as of 2018-06-03", false),
                new ActivityView.Occurrence(LocalDate.parse("2019-05-31"), NOT_STARTED, null, null, true));
        assertThat(website.overdue()).isTrue();
        assertThat(website.status()).as("the last occurrence: none is left this year").isEqualTo(NOT_STARTED);
        assertThat(website.dueDate()).isEqualTo("2019-05-31");

        ActivityView course = activity(followedUp(), "2019-06-15", "2:2");
        assertThat(course.occurrences()).extracting(ActivityView.Occurrence::dueDate).map(LocalDate::toString)
                .containsExactly("2018-06-30", "2018-12-31", "2019-06-30", "2019-12-31");
        assertThat(course.occurrences()).extracting(ActivityView.Occurrence::status)
                .containsExactly(DONE, CANCELLED, DONE, NOT_STARTED);
        assertThat(course.dueDate()).as("the first occurrence not yet past").isEqualTo("2019-06-30");
        assertThat(course.status()).isEqualTo(DONE);
        assertThat(course.overdue()).isFalse();
    }

    @Test
    void countsTakeEveryOneOffActivityAndTheOccurrencesDueOrDone() {
        ActivityTracking tracking = new ActivityTracking(followUp(followedUp(), "2019-06-15"));
        PlanFollowUp.Revision revision = followUp(followedUp(), "2019-06-15").revisionInForce().orElseThrow();
        LocalDate date = LocalDate.parse("2019-06-15");

        // 1:1 twice (one overdue), 1:2, 2:1, 2:2 three times (2019-12-31 not yet due), 2:3
        assertThat(tracking.counts(revision.content().goals(), date))
                .isEqualTo(new ActivityCounts(8, 2, 1, 4, 1, 1, new BigDecimal("57.1")));
        assertThat(tracking.counts(revision.content().goals().subList(0, 1), date))
                .isEqualTo(new ActivityCounts(3, 1, 0, 2, 0, 1, new BigDecimal("66.7")));
        assertThat(tracking.counts(revision.content().goals().subList(1, 2), date))
                .isEqualTo(new ActivityCounts(5, 1, 1, 2, 1, 0, new BigDecimal("50.0")));
    }

    @Test
    void completionOnADateCountsTheRevisionInForceThenWithStatusesCarriedOverByCode() {
        TimelineBuilder amended = followedUp()
                .activityStatus(1, "1:1", "2019-05-31", DONE, "2019-06-20")
                .revision(2, FollowUpPlan.revision2(List.of(), List.of()), "Förvaltningen", "2019-08-01", null, null)
                .decision(ADOPTED, 2, "Social- och arbetsmarknadsnämnden", "2019-09-01")
                .activityStatus(2, "2:4", null, DONE, "2019-10-01");
        ActivityTracking tracking = new ActivityTracking(followUp(amended, "2019-12-31"));

        assertThat(tracking.completionOn(LocalDate.parse("2018-02-28"), null)).as("before any revision").isEmpty();
        assertThat(tracking.completionOn(LocalDate.parse("2018-03-01"), "2")).get()
                .isEqualTo(new BigDecimal("0.0"));
        // revision 1: 1:1 (2018 done, 2019 done), 1:2 done, 2:1, 2:2 (done, cancelled, done), 2:3: 5 of 7
        assertThat(tracking.completionOn(LocalDate.parse("2019-08-31"), null)).get()
                .isEqualTo(new BigDecimal("71.4"));
        // revision 2: 2:3 gone, 2:4 done: 6 of 7
        assertThat(tracking.completionOn(LocalDate.parse("2019-10-01"), null)).get()
                .isEqualTo(new BigDecimal("85.7"));
        assertThat(tracking.completionOn(LocalDate.parse("2019-10-01"), "1")).get()
                .isEqualTo(new BigDecimal("100.0"));
        assertThat(tracking.completionOn(LocalDate.parse("2019-10-01"), "9")).as("no such goal").isEmpty();
        assertThat(tracking.views()).extracting(ActivityView::code)
                .containsExactly("1:1", "1:2", "2:1", "2:2", "2:4");
        assertThat(tracking.views()).extracting(ActivityView::revision).containsOnly(2);
    }

    @Test
    void countingNothingHasNoCompletion() {
        assertThat(ActivityTracking.count(List.of(new ActivityView.Occurrence(LocalDate.parse("2018-06-30"),
                CANCELLED, null, null, false)))).isEqualTo(new ActivityCounts(1, 0, 0, 0, 1, 0, null));
    }

    private static ActivityView activity(TimelineBuilder plan, String asOf, String code) {
        return new ActivityTracking(followUp(plan, asOf)).views().stream()
                .filter(activity -> activity.code().equals(code))
                .findFirst().orElseThrow();
    }

    private static PlanFollowUp followUp(TimelineBuilder plan, String asOf) {
        return plan.followUp(new PointInTime(LocalDate.parse(asOf), null));
    }

}
