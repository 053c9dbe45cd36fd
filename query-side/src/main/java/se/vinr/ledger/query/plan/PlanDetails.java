package se.vinr.ledger.query.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.DecisionKind;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.PlanDecisionRecorded;
import se.vinr.ledger.events.plan.Stance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan as it stood at a point in time. */
public record PlanDetails(
        String planId,
        String municipalityId,
        String title,
        @Schema(description = "The case number (diarienummer) the plan is handled under: the drafted one, replaced "
                + "by the one a later revision gives")
        String caseNumber,
        LocalDate periodStart,
        @Schema(description = "End of validity, moved by VALIDITY_EXTENDED decisions")
        LocalDate periodEnd,
        String responsibleBody,
        PlanStatus status,
        @Schema(description = "The adopted revision: in force while ADOPTED, the content the plan ended with when "
                + "EXPIRED or SUPERSEDED; null if nothing was adopted")
        ContentInForce contentInForce,
        @Schema(description = "The latest proposed revision if it is newer than the adopted one (or nothing is "
                + "adopted), with the stage it has reached")
        PendingRevision pendingRevision,
        List<Decision> decisions,
        List<Consultation> consultations,
        @Schema(description = "How far the follow-up of the revision in force (the adopted one, else the latest "
                + "proposed one) has come as of asOf, per goal and for the plan; null before any revision")
        PlanProgress progress,
        @Schema(description = "Aggregate sequence number of the last event taken into account")
        long version,
        LocalDate asOf,
        Instant knownAt) {

    public record ContentInForce(int revision, LocalDate adoptedOn, PlanContent content, Source source) {
    }

    public record PendingRevision(int revision, RevisionStage stage,
                                  @Schema(description = "Date of the revision (its proposal)") LocalDate date,
                                  @Schema(description = "Business date the stage was reached") LocalDate stageSince,
                                  PlanContent content, Source source) {
    }

    @Schema(name = "PlanDecision")
    public record Decision(DecisionKind kind, Integer revision, String decidingBody, LocalDate decisionDate,
                           String paragraph, String caseNumber, String reasons, LocalDate reportBackBy,
                           LocalDate newPeriodEnd, Source source) {

        static Decision of(PlanDecisionRecorded event, Source source) {
            return new Decision(event.kind(), event.revision(), event.decidingBody(), event.decisionDate(),
                    event.paragraph(), event.caseNumber(), event.reasons(), event.reportBackBy(), event.newPeriodEnd(),
                    source);
        }
    }

    @Schema(name = "PlanConsultation")
    public record Consultation(int consultation, int revision, List<String> bodies, LocalDate sentOn,
                               LocalDate deadline, List<Response> responses, Source source) {
    }

    @Schema(name = "ConsultationResponse")
    public record Response(String body, Stance stance, String summary, LocalDate date, Source source) {
    }

    PlanDetails withProgress(PlanProgress progress) {
        return new PlanDetails(planId, municipalityId, title, caseNumber, periodStart, periodEnd, responsibleBody,
                status, contentInForce, pendingRevision, decisions, consultations, progress, version, asOf, knownAt);
    }

    PlanSummary summary() {
        return new PlanSummary(planId, title, periodStart, periodEnd, caseNumber, responsibleBody, status);
    }
}
