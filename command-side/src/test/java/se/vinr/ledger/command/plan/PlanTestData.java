package se.vinr.ledger.command.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.ConsultationResponseRecorded;
import se.vinr.ledger.events.plan.DecisionKind;
import se.vinr.ledger.events.plan.Direction;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.Measure;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.PlanDecisionRecorded;
import se.vinr.ledger.events.plan.PlanDrafted;
import se.vinr.ledger.events.plan.PlanRevisionProposed;
import se.vinr.ledger.events.plan.PlanSentForConsultation;
import se.vinr.ledger.events.plan.Stance;
import se.vinr.ledger.events.plan.Timing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Commands and events of one plan for the rule specifications, loosely after Region Gotland's plan 2022–2023
 * (dates other than the adoption are illustrative).
 */
final class PlanTestData {

    static final MunicipalityId GOTLAND = new MunicipalityId("gotland");
    static final PlanId PLAN_ID = new PlanId("vinr-2022-2023");
    static final String SOCIALNAMNDEN = "Socialnämnden";
    static final String TITLE = "Socialförvaltningens plan för arbete mot våld i nära relationer 2022-2023";
    static final String CASE_NUMBER = "SON 2022/229";
    static final LocalDate PERIOD_START = LocalDate.of(2022, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2023, 12, 31);
    static final LocalDate DRAFTED_ON = LocalDate.of(2022, 5, 2);
    static final LocalDate PROPOSED_ON = LocalDate.of(2022, 8, 24);
    static final LocalDate ADOPTED_ON = LocalDate.of(2022, 9, 14);

    private PlanTestData() {
    }

    static DraftPlan draft() {
        return new DraftPlan(GOTLAND, PLAN_ID, TITLE, PERIOD_START, PERIOD_END, CASE_NUMBER, SOCIALNAMNDEN,
                DRAFTED_ON);
    }

    static PlanDrafted drafted() {
        return new PlanDrafted(GOTLAND, PLAN_ID, TITLE, PERIOD_START, PERIOD_END, CASE_NUMBER, SOCIALNAMNDEN,
                DRAFTED_ON);
    }

    static PlanContent content() {
        return new PlanContent(List.of(
                new Goal("1", "Film och introduktionswebbkurs", null,
                        List.of(new Activity("1:1", "All personal och alla chefer genomför NCK:s webbkurs",
                                List.of("Medarbetare och chefer"), List.of(SOCIALNAMNDEN),
                                new Timing("Senast 30 juni 2023", LocalDate.of(2023, 6, 30), null))),
                        List.of(new Indicator("1.a", "Andel personal som genomfört webbkursen", "%", null,
                                new Measure(new BigDecimal("100"), LocalDate.of(2023, 6, 30)), Direction.INCREASE,
                                new IndicatorSource(IndicatorSource.Kind.TRAINING_COVERAGE, "nck-webbkurs", null,
                                        null, null, null), null))),
                new Goal("2", "Nyckelpersonsstruktur", null,
                        List.of(new Activity("2:1", "Nyckelpersonsstruktur föreslås och implementeras", null, null,
                                new Timing("2022-2023", null, null))),
                        null)));
    }

    static ProposePlanRevision propose(PlanContent content) {
        return new ProposePlanRevision(GOTLAND, PLAN_ID, content, "Socialförvaltningen", PROPOSED_ON, null, CASE_NUMBER,
                null);
    }

    static PlanRevisionProposed proposed(int revision) {
        return new PlanRevisionProposed(GOTLAND, PLAN_ID, revision, content(), "Socialförvaltningen", PROPOSED_ON,
                null, CASE_NUMBER);
    }

    static PlanSentForConsultation sent(int consultation, int revision, String... bodies) {
        return new PlanSentForConsultation(GOTLAND, PLAN_ID, consultation, revision, List.of(bodies), PROPOSED_ON,
                null);
    }

    static ConsultationResponseRecorded responded(int consultation, String body, Stance stance) {
        return new ConsultationResponseRecorded(GOTLAND, PLAN_ID, consultation, body, stance, null, null, PROPOSED_ON);
    }

    /** A decision by the social committee with nothing but kind, revision and date. */
    static RecordPlanDecision decide(DecisionKind kind, Integer revision, LocalDate date) {
        return new RecordPlanDecision(GOTLAND, PLAN_ID, kind, revision, SOCIALNAMNDEN, date, null, CASE_NUMBER, null,
                null, null, null);
    }

    static PlanDecisionRecorded decided(DecisionKind kind, Integer revision, LocalDate date) {
        return new PlanDecisionRecorded(GOTLAND, PLAN_ID, kind, revision, SOCIALNAMNDEN, date, null, CASE_NUMBER, null,
                null, null);
    }
}
