package se.vinr.ledger.query.plan;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.events.plan.FollowUpKind;
import se.vinr.ledger.events.plan.GoalAssessment;
import se.vinr.ledger.query.PointInTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.ledger.events.plan.ActivityStatus.DONE;
import static se.vinr.ledger.events.plan.ActivityStatus.IN_PROGRESS;
import static se.vinr.ledger.events.plan.DecisionKind.ADOPTED;

class PlanFollowUpTest {

    private final TimelineBuilder plan = FollowUpPlan.adopted(List.of(), List.of())
            .activityStatus(1, "1:2", null, IN_PROGRESS, "2018-05-01")
            .report(1, FollowUpKind.INTERIM, "2018-12-15", List.of(new GoalAssessment(null, "Enligt plan")))
            .activityStatus(1, "1:2", null, DONE, "2018-06-30")
            .recordedAt("2019-01-10T09:00:00Z")
            .revision(2, FollowUpPlan.revision2(List.of(), List.of()), "Förvaltningen", "2019-08-01", null, null)
            .decision(ADOPTED, 2, "Social- och arbetsmarknadsnämnden", "2019-09-01");

    @Test
    void theRevisionInForceIsTheLatestProposedUntilOneIsAdoptedThenTheLatestAdopted() {
        PlanFollowUp followUp = plan.followUp(at("2020-01-01", null));

        assertThat(followUp.revisionInForceOn(LocalDate.parse("2018-02-28"))).isEmpty();
        assertThat(followUp.revisionInForceOn(LocalDate.parse("2018-03-01"))).get()
                .extracting(PlanFollowUp.Revision::number).isEqualTo(1);
        assertThat(followUp.revisionInForceOn(LocalDate.parse("2019-08-15"))).get()
                .extracting(PlanFollowUp.Revision::number).as("an amendment is not in force until adopted")
                .isEqualTo(1);
        assertThat(followUp.revisionInForceOn(LocalDate.parse("2019-09-01"))).get()
                .extracting(revision -> revision.content().goals().get(1).activities().get(2).code())
                .isEqualTo("2:4");
        assertThat(followUp.revisionInForce()).get().extracting(PlanFollowUp.Revision::number).isEqualTo(2);
    }

    @Test
    void theFollowUpEventsVisibleAtItsPointInTimeInBusinessOrder() {
        PlanFollowUp followUp = plan.followUp(at("2018-12-31", null));

        assertThat(followUp.activityStatuses()).extracting(status -> status.status())
                .containsExactly(IN_PROGRESS, DONE);
        assertThat(followUp.followUpReports()).singleElement().satisfies(report -> {
            assertThat(report.report().date()).isEqualTo("2018-12-15");
            assertThat(report.recordedAt()).isEqualTo("2018-12-16T09:00:04Z");
            assertThat(report.recordedBy()).isEqualTo("registrar");
        });
        assertThat(followUp.summary().status()).isEqualTo(PlanStatus.ADOPTED);
    }

    @Test
    void itCanBeSeenAgainAsKnownEarlier() {
        PlanFollowUp asReported = plan.followUp(at("2019-12-31", null))
                .at(at("2018-12-15", "2018-12-16T09:00:04Z")).orElseThrow();

        assertThat(asReported.activityStatuses()).extracting(status -> status.status())
                .as("DONE was recorded after the report").containsExactly(IN_PROGRESS);
        assertThat(plan.followUp(at("2019-12-31", null)).at(at("2017-12-31", null))).isEmpty();
    }

    private static PointInTime at(String asOf, String knownAt) {
        return new PointInTime(LocalDate.parse(asOf), knownAt == null ? null : Instant.parse(knownAt));
    }
}
