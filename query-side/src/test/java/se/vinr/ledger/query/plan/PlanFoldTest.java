package se.vinr.ledger.query.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.Stance;
import se.vinr.ledger.query.PointInTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.ledger.events.plan.DecisionKind.ADOPTED;
import static se.vinr.ledger.events.plan.DecisionKind.APPROVED_AND_FORWARDED;
import static se.vinr.ledger.events.plan.DecisionKind.REFERRED_BACK;
import static se.vinr.ledger.events.plan.DecisionKind.SUPERSEDED;
import static se.vinr.ledger.query.plan.GoteborgPlan.SOCIALNAMNDEN_CENTRUM;
import static se.vinr.ledger.query.plan.GoteborgPlan.SOCIAL_RESURSNAMND;

class PlanFoldTest {

    private static final PlanContent CONTENT = GoteborgPlan.revision1();
    private static final PlanContent AMENDED = GoteborgPlan.revision2();

    @Test
    void goteborgAtTheEndOfJanuary2021IsReferredBackUnderSocialnamndenCentrum() {
        PlanDetails plan = fold(GoteborgPlan.timeline(), at("2021-01-31"));

        assertThat(plan.status()).isEqualTo(PlanStatus.REFERRED_BACK);
        assertThat(plan.pendingRevision().source().document()).isEqualTo("vinr-2021-2024.txt");
        assertThat(plan.decisions()).allSatisfy(decision -> assertThat(decision.source()).isNotNull());
        assertThat(plan.responsibleBody()).isEqualTo(SOCIALNAMNDEN_CENTRUM);
        assertThat(plan.title()).isEqualTo(GoteborgPlan.TITLE);
        assertThat(plan.periodEnd()).isEqualTo("2024-12-31");
        assertThat(plan.caseNumber()).isNull();
        assertThat(plan.contentInForce()).isNull();
        assertThat(plan.pendingRevision()).usingRecursiveComparison().ignoringFields("source")
                .isEqualTo(new PlanDetails.PendingRevision(1, RevisionStage.REFERRED_BACK,
                LocalDate.parse("2019-08-26"), LocalDate.parse("2020-12-16"), CONTENT, null));
        assertThat(plan.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(REFERRED_BACK);
            assertThat(decision.decidingBody()).isEqualTo(SOCIAL_RESURSNAMND);
            assertThat(decision.paragraph()).isEqualTo("§ 244");
        });
        assertThat(plan.consultations()).singleElement().satisfies(consultation -> {
            assertThat(consultation.bodies()).hasSize(13);
            assertThat(consultation.responses()).hasSize(13);
            assertThat(consultation.responses()).filteredOn(response -> response.stance() == Stance.SUPPORTS)
                    .hasSize(11);
            assertThat(consultation.responses()).filteredOn(response -> response.stance() == Stance.OPPOSES)
                    .extracting(PlanDetails.Response::body)
                    .containsExactly(GoteborgPlan.HBTQ_COUNCIL, GoteborgPlan.DISABILITY_COUNCIL);
        });
        // the transfer (sequence 18, recorded after revision 2) is the last event of January in business order
        assertThat(plan.version()).isEqualTo(18);
        assertThat(plan.asOf()).isEqualTo("2021-01-31");
        assertThat(plan.knownAt()).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2018-05-23, DRAFT",
            "2019-08-25, DRAFT",
            "2019-08-26, IN_CONSULTATION",
            "2020-12-15, IN_CONSULTATION",
            "2020-12-16, REFERRED_BACK",
            "2021-02-03, DRAFT",
            "2021-02-23, APPROVED",
            "2021-08-26, APPROVED",
            "2021-08-27, REFERRED_BACK",
            "2030-01-01, REFERRED_BACK"})
    void goteborgStatusFollowsTheCaseStepByStep(String asOf, PlanStatus status) {
        assertThat(fold(GoteborgPlan.timeline(), at(asOf)).status()).isEqualTo(status);
    }

    @Test
    void goteborgTodayHasRevision2ReferredBackByKommunstyrelsenUnderTheNewCaseNumber() {
        PlanDetails plan = fold(GoteborgPlan.timeline(), at("2025-01-01"));

        assertThat(plan.pendingRevision().revision()).isEqualTo(2);
        assertThat(plan.pendingRevision().stage()).isEqualTo(RevisionStage.REFERRED_BACK);
        assertThat(plan.pendingRevision().stageSince()).isEqualTo("2021-08-27");
        assertThat(plan.caseNumber()).isEqualTo("N164-0224/21");
        assertThat(plan.decisions()).extracting(PlanDetails.Decision::kind)
                .containsExactly(REFERRED_BACK, APPROVED_AND_FORWARDED, REFERRED_BACK);
        assertThat(plan.decisions().get(2).reportBackBy()).isEqualTo("2021-11-30");
        assertThat(plan.version()).isEqualTo(20);
    }

    @Test
    void beforeItsFirstEntryThePlanDidNotExist() {
        assertThat(PlanTimeline.visibleAt(GoteborgPlan.timeline(), at("2018-05-22")).isEmpty()).isTrue();
    }

    @Test
    void knownAtLeavesOutWhatWasRecordedLaterEvenIfItHappenedEarlier() {
        Instant beforeTheTransferWasRecorded = Instant.parse(GoteborgPlan.TRANSFER_RECORDED_AT).minusSeconds(1);

        PlanDetails asKnownThen = fold(GoteborgPlan.timeline(),
                new PointInTime(LocalDate.parse("2021-02-10"), beforeTheTransferWasRecorded));
        PlanDetails asKnownNow = fold(GoteborgPlan.timeline(), at("2021-02-10"));

        assertThat(asKnownThen.responsibleBody()).isEqualTo(SOCIAL_RESURSNAMND);
        assertThat(asKnownThen.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(asKnownThen.version()).isEqualTo(17);
        assertThat(asKnownThen.knownAt()).isEqualTo(beforeTheTransferWasRecorded);
        assertThat(asKnownNow.responsibleBody()).isEqualTo(SOCIALNAMNDEN_CENTRUM);
    }

    @Test
    void knownAtBeforeAnythingWasRecordedShowsNothing() {
        PointInTime beforeRecording = new PointInTime(LocalDate.parse("2025-01-01"), Instant.parse("2018-05-23T00:00:00Z"));

        assertThat(PlanTimeline.visibleAt(GoteborgPlan.timeline(), beforeRecording).isEmpty()).isTrue();
    }

    @Test
    void anAdoptedPlanStaysAdoptedWhileAnAmendmentIsPrepared() {
        List<TimelineEntry> timeline = adopted()
                .revision(2, AMENDED, "Förvaltningen", "2023-03-01", "Revidering", null)
                .sentForConsultation(2, 2, List.of("Pensionärsrådet"), "2023-03-15", "2023-05-15")
                .entries();

        PlanDetails plan = fold(timeline, at("2023-04-01"));

        assertThat(plan.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(plan.contentInForce()).usingRecursiveComparison().ignoringFields("source")
                .isEqualTo(new PlanDetails.ContentInForce(1, LocalDate.parse("2022-09-14"), CONTENT, null));
        assertThat(plan.pendingRevision()).usingRecursiveComparison().ignoringFields("source")
                .isEqualTo(new PlanDetails.PendingRevision(2, RevisionStage.IN_CONSULTATION,
                LocalDate.parse("2023-03-01"), LocalDate.parse("2023-03-15"), AMENDED, null));
        assertThat(fold(timeline, at("2023-02-28")).pendingRevision()).isNull();
    }

    @Test
    void anAmendmentReferredBackLeavesThePlanInForceAndANewRevisionIsADraftAgain() {
        TimelineBuilder plan = adopted()
                .revision(2, AMENDED, "Förvaltningen", "2023-03-01", "Revidering", null)
                .decision(REFERRED_BACK, 2, "Socialnämnden", "2023-04-12");

        PlanDetails referredBack = fold(plan.entries(), at("2023-04-12"));
        PlanDetails revisedAgain = fold(plan.revision(3, AMENDED, "Förvaltningen", "2023-05-02", "Ny revidering", null)
                .entries(), at("2023-05-02"));

        assertThat(referredBack.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(referredBack.pendingRevision().stage()).isEqualTo(RevisionStage.REFERRED_BACK);
        assertThat(revisedAgain.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(revisedAgain.pendingRevision().revision()).isEqualTo(3);
        assertThat(revisedAgain.pendingRevision().stage()).isEqualTo(RevisionStage.DRAFT);
    }

    @Test
    void adoptingTheAmendmentPutsItInForce() {
        List<TimelineEntry> timeline = adopted()
                .revision(2, AMENDED, "Förvaltningen", "2023-03-01", "Revidering", null)
                .decision(ADOPTED, null, "Socialnämnden", "2023-06-14")
                .entries();

        PlanDetails plan = fold(timeline, at("2023-06-14"));

        assertThat(plan.contentInForce()).usingRecursiveComparison().ignoringFields("source")
                .isEqualTo(new PlanDetails.ContentInForce(2, LocalDate.parse("2023-06-14"), AMENDED, null));
        assertThat(plan.pendingRevision()).isNull();
    }

    @Test
    void aPlanNotAdoptedAfterAReferralBackIsReferredBackAndARevisionMakesItADraftAgain() {
        TimelineBuilder plan = new TimelineBuilder("gotland", "son-2022-229")
                .drafted("Plan", "2022-01-01", "2023-12-31", "SON 2022/229", "Socialnämnden", "2022-03-01")
                .revision(1, CONTENT, "Förvaltningen", "2022-04-01", "Förslag", null)
                .decision(REFERRED_BACK, 1, "Socialnämnden", "2022-05-11");

        assertThat(fold(plan.entries(), at("2022-05-11")).status()).isEqualTo(PlanStatus.REFERRED_BACK);
        plan.revision(2, AMENDED, "Förvaltningen", "2022-06-01", "Reviderat förslag", null);
        assertThat(fold(plan.entries(), at("2022-06-01")).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2023-12-31, ADOPTED",
            "2024-01-01, EXPIRED"})
    void anAdoptedPlanExpiresAfterItsPeriod(String asOf, PlanStatus status) {
        PlanDetails plan = fold(adopted().entries(), at(asOf));

        assertThat(plan.status()).isEqualTo(status);
        assertThat(plan.contentInForce().revision()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: {1} until {2}")
    @CsvSource({
            "2023-10-31, ADOPTED, 2023-12-31",
            "2024-01-01, ADOPTED, 2024-06-30",
            "2024-07-01, EXPIRED, 2024-06-30"})
    void extendingTheValidityMovesTheExpiryFromTheDateOfTheDecision(String asOf, PlanStatus status, String periodEnd) {
        List<TimelineEntry> timeline = adopted()
                .validityExtended("Socialnämnden", "2023-11-15", "2024-06-30")
                .entries();

        PlanDetails plan = fold(timeline, at(asOf));

        assertThat(plan.status()).isEqualTo(status);
        assertThat(plan.periodEnd()).isEqualTo(periodEnd);
    }

    @Test
    void aSupersededPlanIsSupersededAndKeepsTheContentItEndedWith() {
        List<TimelineEntry> timeline = adopted()
                .decision(SUPERSEDED, null, "Socialnämnden", "2023-06-30")
                .entries();

        PlanDetails plan = fold(timeline, at("2023-07-01"));

        assertThat(plan.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(plan.contentInForce().revision()).isEqualTo(1);
        assertThat(fold(timeline, at("2023-06-29")).status()).isEqualTo(PlanStatus.ADOPTED);
    }

    @Test
    void entriesOfTheSameDateAreFoldedInRecordingOrder() {
        List<TimelineEntry> timeline = GoteborgPlan.timeline();

        // revision 1 and its consultation share 2019-08-26; the consultation, recorded second, decides the status
        assertThat(PlanTimeline.visibleAt(timeline, at("2019-08-26")).entries())
                .extracting(TimelineEntry::sequence).containsExactly(0L, 1L, 2L);
        assertThat(fold(timeline, at("2019-08-26")).status()).isEqualTo(PlanStatus.IN_CONSULTATION);
    }

    /** Gotland's plan 2022–2023, adopted by the social committee on 2022-09-14. */
    private static TimelineBuilder adopted() {
        return new TimelineBuilder("gotland", "son-2022-229")
                .drafted("Socialförvaltningens plan för arbete mot våld i nära relationer 2022–2023", "2022-01-01",
                        "2023-12-31", "SON 2022/229", "Socialnämnden", "2022-03-01")
                .revision(1, CONTENT, "Socialförvaltningen", "2022-08-20", "Version 1.0", null)
                .decision(ADOPTED, 1, "Socialnämnden", "2022-09-14", "§ 1406", "SON 2022/229", null, null);
    }

    private static PointInTime at(String asOf) {
        return new PointInTime(LocalDate.parse(asOf), null);
    }

    private static PlanDetails fold(List<TimelineEntry> entries, PointInTime at) {
        return PlanFold.fold(PlanTimeline.visibleAt(entries, at), at);
    }
}
