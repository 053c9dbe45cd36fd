package se.vinr.ledger.command.plan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.ConsultationResponseRecorded;
import se.vinr.ledger.events.plan.DecisionKind;
import se.vinr.ledger.events.plan.PlanDecisionRecorded;
import se.vinr.ledger.events.plan.PlanDrafted;
import se.vinr.ledger.events.plan.PlanResponsibilityTransferred;
import se.vinr.ledger.events.plan.PlanRevisionProposed;
import se.vinr.ledger.events.plan.PlanSentForConsultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.vinr.ledger.command.CommandRejectedException.conflict;
import static se.vinr.ledger.command.CommandRejectedException.invalid;
import static se.vinr.ledger.events.plan.DecisionKind.REFERRED_BACK;
import static se.vinr.ledger.events.plan.DecisionKind.SUPERSEDED;
import static se.vinr.ledger.events.plan.DecisionKind.VALIDITY_EXTENDED;

/**
 * One plan of one municipality through its life: revisions, consultations, decisions and changes of responsibility.
 * It keeps only what its rules need; the content of revisions lives in the events. Every handler returns the version
 * after the command (the sequence number of the plan's last event).
 */
@Aggregate(cache = "aggregateCache")
public class Plan {

    @AggregateIdentifier
    private String id;
    private MunicipalityId municipalityId;
    private PlanId planId;
    private LocalDate periodEnd;
    private String responsibleBody;
    /** 0 until the first revision is proposed; revisions are numbered 1, 2, … */
    private int latestRevision;
    /** Consultation n is at index n - 1. */
    private final List<Consultation> consultations = new ArrayList<>();
    private LocalDate latestDecisionDate;
    private boolean superseded;

    protected Plan() {
        // Axon rebuilds the plan from its events.
    }

    /** Opens the plan; {@link DraftPlanHandler} first makes sure the municipality exists and the plan does not. */
    Plan(DraftPlan command) {
        requireText(command.title(), "title", "the plan needs a title");
        requireText(command.responsibleBody(), "responsibleBody", "the plan needs a responsible body");
        requireDate(command.periodStart(), "periodStart", "the plan needs the start of its period");
        requireDate(command.periodEnd(), "periodEnd", "the plan needs the end of its period");
        if (!command.periodEnd().isAfter(command.periodStart())) {
            throw invalid("periodEnd", "the period end " + command.periodEnd() + " must be after the period start "
                    + command.periodStart());
        }
        requireDate(command.draftedOn(), "draftedOn", "the date the plan was drafted is required");
        apply(new PlanDrafted(command.municipalityId(), command.planId(), command.title(), command.periodStart(),
                command.periodEnd(), command.caseNumber(), command.responsibleBody(), command.draftedOn()));
    }

    /** Any number of revisions may be proposed, also after adoption: that is how an adopted plan is amended. */
    @CommandHandler
    public long handle(ProposePlanRevision command) {
        requireNotSuperseded();
        PlanContentValidator.validate(command.content());
        requireDate(command.date(), "date", "the date of the revision is required");
        apply(new PlanRevisionProposed(municipalityId, planId, latestRevision + 1, command.content(),
                command.preparedBy(), command.date(), command.summary(), command.caseNumber()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(SendPlanForConsultation command) {
        requireNotSuperseded();
        List<String> bodies = command.bodies();
        if (bodies == null || bodies.isEmpty()) {
            throw invalid("bodies", "a consultation needs at least one body to consult");
        }
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < bodies.size(); i++) {
            requireText(bodies.get(i), "bodies[" + i + "]", "a consulted body must be named");
            if (!distinct.add(bodies.get(i))) {
                throw invalid("bodies[" + i + "]", bodies.get(i) + " is listed more than once");
            }
        }
        requireDate(command.sentOn(), "sentOn", "the date the consultation is sent is required");
        if (command.deadline() != null && command.deadline().isBefore(command.sentOn())) {
            throw invalid("deadline", "the deadline " + command.deadline() + " is before the consultation is sent on "
                    + command.sentOn());
        }
        int revision = revision(command.revision(), "to send for consultation");
        apply(new PlanSentForConsultation(municipalityId, planId, consultations.size() + 1, revision, bodies,
                command.sentOn(), command.deadline()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordConsultationResponse command) {
        requireNotSuperseded();
        String body = command.body();
        requireText(body, "body", "the responding body must be named");
        if (command.stance() == null) {
            throw invalid("stance", "the stance of " + body + " is required");
        }
        if (consultations.isEmpty()) {
            throw conflict(name() + " has not been sent for consultation");
        }
        int number = command.consultation() == null ? consultations.size() : command.consultation();
        if (number < 1 || number > consultations.size()) {
            throw conflict("consultation " + number + " of " + name() + " does not exist; the latest is consultation "
                    + consultations.size());
        }
        Consultation consultation = consultations.get(number - 1);
        if (!consultation.bodies().contains(body)) {
            throw conflict(body + " was not consulted in consultation " + number + " of " + name());
        }
        if (consultation.answered().contains(body)) {
            throw conflict(body + " has already responded to consultation " + number + " of " + name());
        }
        LocalDate answeredBy = command.date() != null ? command.date()
                : consultation.deadline() != null ? consultation.deadline() : consultation.sentOn();
        apply(new ConsultationResponseRecorded(municipalityId, planId, number, body, command.stance(),
                command.summary(), command.date(), answeredBy));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RecordPlanDecision command) {
        DecisionKind kind = command.kind();
        if (kind == null) {
            throw invalid("kind", "the kind of decision is required");
        }
        if (kind != VALIDITY_EXTENDED && kind != SUPERSEDED) {
            requireNotSuperseded();
        }
        requireText(command.decidingBody(), "decidingBody", "the deciding body is required");
        requireDate(command.decisionDate(), "decisionDate", "the decision date is required");
        requireFieldsOfKind(command);
        if (latestDecisionDate != null && command.decisionDate().isBefore(latestDecisionDate)) {
            throw conflict("decision date " + command.decisionDate() + " is before the latest decision "
                    + latestDecisionDate);
        }
        if (kind == VALIDITY_EXTENDED && !command.newPeriodEnd().isAfter(periodEnd)) {
            throw invalid("newPeriodEnd", "the new period end " + command.newPeriodEnd()
                    + " must be after the current period end " + periodEnd);
        }
        Integer revision = switch (kind) {
            case ADOPTED, APPROVED_AND_FORWARDED -> revision(command.revision(), "for a decision " + kind);
            // A referral back concerns the proposal at hand, if there is one yet.
            case REFERRED_BACK -> latestRevision == 0 && command.revision() == null
                    ? null : revision(command.revision(), "to refer back");
            case VALIDITY_EXTENDED, SUPERSEDED -> null;
        };
        apply(new PlanDecisionRecorded(municipalityId, planId, kind, revision, command.decidingBody(),
                command.decisionDate(), command.paragraph(), command.caseNumber(), command.reasons(),
                command.reportBackBy(), command.newPeriodEnd()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(TransferPlanResponsibility command) {
        requireNotSuperseded();
        requireText(command.fromBody(), "fromBody", "the body handing over responsibility is required");
        requireText(command.toBody(), "toBody", "the body taking over responsibility is required");
        requireDate(command.effectiveDate(), "effectiveDate", "the date the transfer takes effect is required");
        if (command.toBody().equals(command.fromBody())) {
            throw invalid("toBody", "responsibility must pass to another body than " + command.fromBody());
        }
        if (!command.fromBody().equals(responsibleBody)) {
            throw conflict(name() + " is the responsibility of " + responsibleBody + ", not of " + command.fromBody());
        }
        apply(new PlanResponsibilityTransferred(municipalityId, planId, command.fromBody(), command.toBody(),
                command.effectiveDate(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    /** The fields each kind of decision needs, and those only other kinds may carry. */
    private static void requireFieldsOfKind(RecordPlanDecision command) {
        DecisionKind kind = command.kind();
        if (kind == REFERRED_BACK) {
            requireText(command.reasons(), "reasons", "a referral back must state its reasons");
            if (command.reportBackBy() != null && command.reportBackBy().isBefore(command.decisionDate())) {
                throw invalid("reportBackBy", "the report-back date " + command.reportBackBy()
                        + " is before the decision date " + command.decisionDate());
            }
        } else if (command.reportBackBy() != null) {
            throw invalid("reportBackBy", "only a referral back sets a report-back date, not a decision " + kind);
        }
        if (kind == VALIDITY_EXTENDED) {
            requireDate(command.newPeriodEnd(), "newPeriodEnd", "an extension needs the new period end");
        } else if (command.newPeriodEnd() != null) {
            throw invalid("newPeriodEnd", "only an extension sets a new period end, not a decision " + kind);
        }
        if ((kind == VALIDITY_EXTENDED || kind == SUPERSEDED) && command.revision() != null) {
            throw invalid("revision", "a decision " + kind + " does not decide on a revision");
        }
    }

    /** The revision a command refers to: the one it names, or else the latest proposed one. */
    private int revision(Integer requested, String purpose) {
        if (latestRevision == 0) {
            throw conflict(name() + " has no proposed revision " + purpose);
        }
        if (requested == null) {
            return latestRevision;
        }
        if (requested < 1 || requested > latestRevision) {
            throw conflict("revision " + requested + " of " + name() + " does not exist; the latest is revision "
                    + latestRevision);
        }
        return requested;
    }

    private void requireNotSuperseded() {
        if (superseded) {
            throw conflict(name() + " is superseded; only decisions " + VALIDITY_EXTENDED + " or " + SUPERSEDED
                    + " may follow");
        }
    }

    private String name() {
        return "plan " + planId;
    }

    private static void requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw invalid(field, message);
        }
    }

    private static void requireDate(LocalDate value, String field, String message) {
        if (value == null) {
            throw invalid(field, message);
        }
    }

    @EventSourcingHandler
    void on(PlanDrafted event) {
        id = AggregateIds.plan(event.municipalityId(), event.planId());
        municipalityId = event.municipalityId();
        planId = event.planId();
        periodEnd = event.periodEnd();
        responsibleBody = event.responsibleBody();
    }

    @EventSourcingHandler
    void on(PlanRevisionProposed event) {
        latestRevision = event.revision();
    }

    @EventSourcingHandler
    void on(PlanSentForConsultation event) {
        consultations.add(new Consultation(Set.copyOf(event.bodies()), new HashSet<>(), event.sentOn(),
                event.deadline()));
    }

    @EventSourcingHandler
    void on(ConsultationResponseRecorded event) {
        consultations.get(event.consultation() - 1).answered().add(event.body());
    }

    @EventSourcingHandler
    void on(PlanDecisionRecorded event) {
        latestDecisionDate = event.decisionDate();
        if (event.kind() == VALIDITY_EXTENDED) {
            periodEnd = event.newPeriodEnd();
        } else if (event.kind() == SUPERSEDED) {
            superseded = true;
        }
    }

    @EventSourcingHandler
    void on(PlanResponsibilityTransferred event) {
        responsibleBody = event.toBody();
    }

    /** The bodies consulted and those of them that have answered. */
    private record Consultation(Set<String> bodies, Set<String> answered, LocalDate sentOn, LocalDate deadline) {
    }
}
