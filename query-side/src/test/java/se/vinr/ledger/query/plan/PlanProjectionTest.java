package se.vinr.ledger.query.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.ReadModelTest;
import se.vinr.ledger.query.organisation.OrganisationProjection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.vinr.ledger.events.plan.DecisionKind.ADOPTED;

class PlanProjectionTest extends ReadModelTest {

    private static final MunicipalityId GOTEBORG = new MunicipalityId(GoteborgPlan.MUNICIPALITY);
    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");
    private static final PlanId GOTEBORG_PLAN = new PlanId(GoteborgPlan.PLAN);
    private static final PlanId GOTLAND_PLAN = new PlanId("son-2022-229");

    @Autowired
    private PlanProjection projection;
    @Autowired
    private OrganisationProjection organisation;
    @Autowired
    private PlanTimelines timelines;
    @Autowired
    private PlanQueryHandler queries;

    @BeforeEach
    void registerMunicipalities() {
        organisation.on(new MunicipalityRegistered(GOTEBORG, "Göteborgs Stad", "1480"),
                Instant.parse("2018-01-01T00:00:00Z"));
        organisation.on(new MunicipalityRegistered(GOTLAND, "Region Gotland", "0980"),
                Instant.parse("2018-01-01T00:00:00Z"));
    }

    @Test
    void everyPlanEventBecomesOneTimelineRowWithWhoRecordedItWhen() {
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);

        assertThat(count("rm_plan_timeline")).isEqualTo(21);
        Map<String, Object> transfer = jdbc.sql("SELECT * FROM rm_plan_timeline WHERE sequence_number = 18")
                .query().singleRow();
        assertThat(transfer).containsEntry("municipality_id", "goteborg")
                .containsEntry("plan_id", GoteborgPlan.PLAN)
                .containsEntry("event_type", "PlanResponsibilityTransferred")
                .containsEntry("recorded_by", "registrar-snc")
                .containsEntry("correlation_id", "correlation-vinr-2021-2024-18");
        assertThat(transfer.get("event_id")).isEqualTo("event-goteborg-vinr-2021-2024-18");
        assertThat(String.valueOf(transfer.get("business_date"))).isEqualTo("2021-01-01");
        assertThat((String) transfer.get("payload")).contains("\"toBody\":\"Socialnämnden Centrum\"");
    }

    @Test
    void storedEntriesReadBackEqualToTheRecordedOnes() {
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);

        assertThat(timelines.ofPlan(GOTEBORG, GOTEBORG_PLAN))
                .containsExactlyInAnyOrderElementsOf(GoteborgPlan.timeline());
    }

    @Test
    void aRedeliveredOrReplayedEventChangesNothing() {
        List<TimelineEntry> timeline = GoteborgPlan.timeline();
        TimelineBuilder.project(timeline, projection);
        TimelineEntry transfer = timeline.get(18);

        projection.on(transfer.event(), TimelineBuilder.eventId(transfer), transfer.sequence(),
                Instant.parse("2030-01-01T00:00:00Z"), "someone-else", "another-correlation", "other.txt", null);
        TimelineBuilder.project(timeline, projection);

        assertThat(count("rm_plan_timeline")).isEqualTo(21);
        assertThat(timelines.ofPlan(GOTEBORG, GOTEBORG_PLAN)).containsExactlyInAnyOrderElementsOf(timeline);
    }

    @Test
    void resetEmptiesTheTimelineForAReplay() {
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);

        projection.reset();

        assertThat(count("rm_plan_timeline")).isZero();
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);
        assertThat(count("rm_plan_timeline")).isEqualTo(21);
    }

    @Test
    void aPlanIsParsedOnceUntilItsNextEventWhichTheNextReadShows() {
        List<TimelineEntry> timeline = GoteborgPlan.timeline();
        TimelineBuilder.project(timeline.subList(0, 10), projection);
        List<TimelineEntry> first = timelines.ofPlan(GOTEBORG, GOTEBORG_PLAN);

        assertThat(timelines.ofPlan(GOTEBORG, GOTEBORG_PLAN)).isSameAs(first);
        assertThat(timelines.ofMunicipality(GOTEBORG)).containsExactlyElementsOf(first);

        TimelineBuilder.project(timeline.subList(10, 11), projection);
        assertReadBackAs(timeline.subList(0, 11));
    }

    /** Another node's reset empties the tables but not this node's parsed plans: the stamps tell them apart. */
    @Test
    void aReplayOnAnotherNodeIsReadAfresh() {
        List<TimelineEntry> timeline = GoteborgPlan.timeline();
        TimelineBuilder.project(timeline, projection);
        assertThat(timelines.ofPlan(GOTEBORG, GOTEBORG_PLAN)).hasSize(21);

        jdbc.sql("DELETE FROM rm_plan_timeline").update();
        jdbc.sql("DELETE FROM rm_plan_stream").update();
        TimelineBuilder.project(timeline.subList(0, 5), projection);

        assertReadBackAs(timeline.subList(0, 5));
    }

    private void assertReadBackAs(List<TimelineEntry> entries) {
        assertThat(timelines.ofPlan(GOTEBORG, GOTEBORG_PLAN)).containsExactlyInAnyOrderElementsOf(entries);
        assertThat(timelines.ofMunicipality(GOTEBORG)).containsExactlyInAnyOrderElementsOf(entries);
    }

    @Test
    void goteborgAsOfTheEndOfJanuary2021IsReferredBackUnderSocialnamndenCentrum() {
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);

        PlanDetails plan = queries.handle(new FindPlan(GOTEBORG, GOTEBORG_PLAN, at("2021-01-31", null)));

        assertThat(plan.status()).isEqualTo(PlanStatus.REFERRED_BACK);
        assertThat(plan.responsibleBody()).isEqualTo(GoteborgPlan.SOCIALNAMNDEN_CENTRUM);
        assertThat(plan.pendingRevision().content()).isEqualTo(GoteborgPlan.revision1());
        assertThat(plan.consultations().get(0).responses()).hasSize(13);
    }

    @Test
    void knownAtShowsThePlanAsTheLedgerKnewIt() {
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);
        Instant beforeTheTransferWasRecorded = Instant.parse(GoteborgPlan.TRANSFER_RECORDED_AT).minusMillis(1);

        PlanDetails plan = queries.handle(new FindPlan(GOTEBORG, GOTEBORG_PLAN,
                at("2021-02-10", beforeTheTransferWasRecorded)));

        assertThat(plan.responsibleBody()).isEqualTo(GoteborgPlan.SOCIAL_RESURSNAMND);
        assertThat(plan.version()).isEqualTo(17);
    }

    /** The README's example: a decision dated 2021-02-23 and recorded on 2021-03-10. */
    @Test
    void aDecisionCountsAsOfItsDateOnlyOnceTheLedgerKnewOfIt() {
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);

        PlanDetails known = queries.handle(new FindPlan(GOTEBORG, GOTEBORG_PLAN,
                at("2021-02-28", Instant.parse("2021-03-15T00:00:00Z"))));
        PlanDetails notYetKnown = queries.handle(new FindPlan(GOTEBORG, GOTEBORG_PLAN,
                at("2021-02-28", Instant.parse("2021-03-01T00:00:00Z"))));

        assertThat(known.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(known.decisions()).extracting(PlanDetails.Decision::decisionDate)
                .contains(LocalDate.parse("2021-02-23"));
        assertThat(notYetKnown.status()).isNotEqualTo(PlanStatus.APPROVED);
        assertThat(notYetKnown.decisions()).extracting(PlanDetails.Decision::decisionDate)
                .doesNotContain(LocalDate.parse("2021-02-23"));
    }

    @Test
    void aPlanIsNotFoundBeforeItExistedNorInAnotherMunicipality() {
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);
        TimelineBuilder.project(gotlandPlan(), projection);

        assertThatThrownBy(() -> queries.handle(new FindPlan(GOTEBORG, GOTEBORG_PLAN, at("2018-05-22", null))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.handle(new FindPlan(GOTLAND, GOTEBORG_PLAN, at("2025-01-01", null))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.handle(new FindPlanHistory(GOTEBORG, GOTLAND_PLAN, at("2025-01-01", null))))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("son-2022-229");
    }

    @Test
    void theSamePlanIdInTwoMunicipalitiesIsTwoPlans() {
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);
        TimelineBuilder.project(new TimelineBuilder("gotland", GoteborgPlan.PLAN)
                .drafted("Gotlands plan", "2021-01-01", "2024-12-31", "SON 2020/1", "Socialnämnden", "2020-10-01")
                .entries(), projection);

        assertThat(queries.handle(new FindPlan(GOTLAND, GOTEBORG_PLAN, at("2025-01-01", null))).title())
                .isEqualTo("Gotlands plan");
        assertThat(queries.handle(new FindPlan(GOTEBORG, GOTEBORG_PLAN, at("2025-01-01", null))).title())
                .isEqualTo(GoteborgPlan.TITLE);
    }

    @Test
    void aMunicipalitysPlansWithTheirStatusAsOfADate() {
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);
        TimelineBuilder.project(gotlandPlan(), projection);

        assertThat(queries.handle(new FindPlans(GOTEBORG, at("2021-01-31", null)))).containsExactly(
                new PlanSummary(GoteborgPlan.PLAN, GoteborgPlan.TITLE, LocalDate.parse("2021-01-01"),
                        LocalDate.parse("2024-12-31"), null, GoteborgPlan.SOCIALNAMNDEN_CENTRUM,
                        PlanStatus.REFERRED_BACK));
        assertThat(queries.handle(new FindPlans(GOTLAND, at("2023-06-30", null))))
                .extracting(PlanSummary::planId, PlanSummary::status)
                .containsExactly(tuple("son-2022-229", PlanStatus.ADOPTED));
        assertThat(queries.handle(new FindPlans(GOTLAND, at("2024-01-01", null))))
                .extracting(PlanSummary::status).containsExactly(PlanStatus.EXPIRED);
        assertThat(queries.handle(new FindPlans(GOTLAND, at("2022-01-01", null)))).isEmpty();
    }

    @Test
    void plansOfAnUnknownMunicipalityAreNotFound() {
        assertThatThrownBy(() -> queries.handle(new FindPlans(new MunicipalityId("sundbyberg"), at("2025-01-01", null))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getDetails())
                        .contains(new NotFoundException.Details("Municipality not found",
                                "No municipality 'sundbyberg'")));
    }

    @Test
    void historyFromTheDatabaseWithTheDiffOfRevision2() {
        TimelineBuilder.project(GoteborgPlan.timeline(), projection);

        PlanHistory history = queries.handle(new FindPlanHistory(GOTEBORG, GOTEBORG_PLAN, at("2025-01-01", null)));

        assertThat(history.entries()).hasSize(21);
        assertThat(history.entries()).filteredOn(entry -> entry.diff() != null).singleElement()
                .satisfies(revision2 -> assertThat(revision2.diff().goals().changed())
                        .extracting(RevisionDiff.FieldChange::path).containsExactly("goals[4]"));
    }

    private static List<TimelineEntry> gotlandPlan() {
        return new TimelineBuilder("gotland", "son-2022-229")
                .drafted("Socialförvaltningens plan för arbete mot våld i nära relationer 2022–2023", "2022-01-01",
                        "2023-12-31", "SON 2022/229", "Socialnämnden", "2022-03-01")
                .revision(1, new PlanContent(List.of()), "Socialförvaltningen", "2022-08-20", "Version 1.0", null)
                .decision(ADOPTED, 1, "Socialnämnden", "2022-09-14")
                .entries();
    }

    private static PointInTime at(String asOf, Instant knownAt) {
        return new PointInTime(LocalDate.parse(asOf), knownAt);
    }
}
