package se.vinr.ledger.command.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.ActivityStatusReported;
import se.vinr.ledger.events.plan.ComplianceAnswer;
import se.vinr.ledger.events.plan.ConsultationResponseRecorded;
import se.vinr.ledger.events.plan.DecisionKind;
import se.vinr.ledger.events.plan.FollowUpReportSubmitted;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.GoalAssessment;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.IndicatorValueRecorded;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.PlanDecisionRecorded;
import se.vinr.ledger.events.plan.PlanDrafted;
import se.vinr.ledger.events.plan.PlanResponsibilityTransferred;
import se.vinr.ledger.events.plan.PlanRevisionProposed;
import se.vinr.ledger.events.plan.PlanSentForConsultation;
import se.vinr.ledger.events.plan.Recurrence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.vinr.ledger.command.CommandRejectedException.conflict;
import static se.vinr.ledger.command.CommandRejectedException.invalid;
import static se.vinr.ledger.command.CommandRejectedException.notFound;
import static se.vinr.ledger.events.plan.DecisionKind.ADOPTED;
import static se.vinr.ledger.events.plan.DecisionKind.REFERRED_BACK;
import static se.vinr.ledger.events.plan.DecisionKind.SUPERSEDED;
import static se.vinr.ledger.events.plan.DecisionKind.VALIDITY_EXTENDED;

/**
 * One plan of one municipality through its life: revisions, consultations, decisions and changes of responsibility,
 * and its follow-up: activity statuses, indicator values and follow-up reports. It keeps only what its rules need:
 * of each revision, the codes follow-up refers to. Every handler returns the version after the command (the
 * sequence number of the plan's last event).
 * Snapshots of it are its fields as JSON ({@code @Revision} names their shape: raise it when the fields change, and
 * older snapshots are ignored rather than misread).
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "aggregateSnapshots")
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Plan {

    @AggregateIdentifier
    private String id;
    private MunicipalityId municipalityId;
    private PlanId planId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String responsibleBody;
    /** 0 until the first revision is proposed; revisions are numbered 1, 2, … */
    private int latestRevision;
    /** Revision n's outline is under key n. */
    private final Map<Integer, Outline> outlines = new HashMap<>();
    /** The revision of the latest adoption, null until one is adopted. */
    private Integer adoptedRevision;
    /** Consultation n is at index n - 1. */
    private final List<Consultation> consultations = new ArrayList<>();
    private LocalDate latestDecisionDate;
    /** The date of the first decision SUPERSEDED, null while the plan is not superseded. */
    private LocalDate supersededOn;

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
        apply(new PlanDrafted(command.municipalityId(), command.planId(), command.title(), command.periodStart(),
                command.periodEnd(), command.caseNumber(), command.responsibleBody(), command.draftedOn()));
    }

    /** Any number of revisions may be proposed, also after adoption: that is how an adopted plan is amended. */
    @CommandHandler
    public long handle(ProposePlanRevision command) {
        requireNotSuperseded();
        PlanContentValidator.validate(command.content());
        // A plan whose content the documents do not give (only that it was adopted) is recorded without goals,
        // and must then say why.
        if (command.content().goals().isEmpty() && (command.summary() == null || command.summary().isBlank())) {
            throw invalid("goals", "a revision without goals must say in its summary why its content is not recorded");
        }
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

    /** For a recurring activity, each occurrence is reported on its own and named by its due date. */
    @CommandHandler
    public long handle(ReportActivityStatus command) {
        if (command.status() == null) {
            throw invalid("status", "the status (NOT_STARTED, IN_PROGRESS, DONE or CANCELLED) is required");
        }
        requireDate(command.asOf(), "asOf", "the date the status applies to is required");
        requireFollowUpDate(command.asOf());
        Activity activity = find("activity", command.activityCode(), "code", Outline::activities);
        requireOccurrence(activity, command.occurrence());
        apply(new ActivityStatusReported(municipalityId, planId, revisionInForce(), activity.code(),
                command.occurrence(), command.status(), command.asOf(), command.note()));
        return AggregateLifecycle.getVersion();
    }

    /** Only MANUAL and COMPLIANCE indicators take values by hand; the projections compute all other kinds. */
    @CommandHandler
    public long handle(RecordIndicatorValue command) {
        requireDate(command.asOf(), "asOf", "the date the value applies to is required");
        requireFollowUpDate(command.asOf());
        Indicator indicator = find("indicator", command.indicatorCode(), "code", Outline::indicators);
        IndicatorSource.Kind kind = indicator.source().kind();
        if (kind.derived()) {
            throw conflict("indicator " + indicator.code() + " is computed from the ledger (" + kind
                    + "); its values are not recorded by hand");
        }
        if (kind == IndicatorSource.Kind.COMPLIANCE) {
            requireAnswer(indicator, command);
        } else {
            requireNumber(indicator, command);
        }
        apply(new IndicatorValueRecorded(municipalityId, planId, revisionInForce(), indicator.code(),
                command.value(), command.answer(), command.evidence(), command.asOf(), command.source(),
                command.note()));
        return AggregateLifecycle.getVersion();
    }

    /** Assessments name goals of the revision in force, each at most once; no goal code assesses the whole plan. */
    @CommandHandler
    public long handle(SubmitFollowUpReport command) {
        if (command.kind() == null) {
            throw invalid("kind", "the kind of report (INTERIM, ANNUAL or FINAL) is required");
        }
        requireDate(command.date(), "date", "the date of the report is required");
        requireFollowUpDate(command.date());
        List<GoalAssessment> assessments = command.assessments();
        if (assessments.isEmpty()) {
            throw invalid("assessments", "a follow-up report needs at least one assessment");
        }
        Set<String> assessed = new HashSet<>();
        for (int i = 0; i < assessments.size(); i++) {
            GoalAssessment assessment = assessments.get(i);
            String path = "assessments[" + i + "]";
            requireText(assessment.text(), path + ".text", "every assessment needs a text");
            if (assessment.goalCode() != null) {
                find("goal", assessment.goalCode(), path + ".goalCode", Outline::goals);
            }
            if (!assessed.add(assessment.goalCode())) {
                throw invalid(path + ".goalCode", assessment.goalCode() == null
                        ? "the plan as a whole is assessed more than once in this report"
                        : "goal " + assessment.goalCode() + " is assessed more than once in this report");
            }
        }
        if (latestRevision == 0) {
            throw conflict(name() + " has no revision to follow up");
        }
        apply(new FollowUpReportSubmitted(municipalityId, planId, revisionInForce(), command.kind(), command.date(),
                assessments));
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

    /** The latest adopted revision, or while none is adopted the latest proposed one; 0 before any proposal. */
    private int revisionInForce() {
        return adoptedRevision != null ? adoptedRevision : latestRevision;
    }

    /** The element of the revision in force with this code, or refused as not found (404) on {@code field}. */
    private <T> T find(String kind, String code, String field, Function<Outline, Map<String, T>> elements) {
        Outline outline = outlines.get(revisionInForce());
        T element = outline == null || code == null ? null : elements.apply(outline).get(code);
        if (element == null) {
            throw notFound(field, latestRevision == 0
                    ? name() + " has no revision yet, so no " + kind + " " + code
                    : name() + " has no " + kind + " " + code + " in revision " + revisionInForce()
                    + ", the revision in force");
        }
        return element;
    }

    private void requireOccurrence(Activity activity, LocalDate occurrence) {
        Recurrence recurrence = activity.timing() == null ? null : activity.timing().recurrence();
        if (recurrence == null) {
            if (occurrence != null) {
                throw invalid("occurrence", "activity " + activity.code() + " does not recur; its status is "
                        + "reported without an occurrence");
            }
            return;
        }
        if (occurrence == null) {
            throw invalid("occurrence", "activity " + activity.code() + " recurs (" + recurrence.frequency()
                    + "): name the occurrence reported on by its due date");
        }
        LocalDate due = recurrence.dueDateOf(occurrence);
        if (!due.equals(occurrence)) {
            throw invalid("occurrence", occurrence + " is not a due date of activity " + activity.code()
                    + "; the occurrence it falls in is due " + due);
        }
        if (occurrence.isBefore(periodStart) || occurrence.isAfter(periodEnd)) {
            throw invalid("occurrence", "the occurrence due " + occurrence + " of activity " + activity.code()
                    + " is outside the plan's period " + periodStart + " to " + periodEnd);
        }
    }

    private static void requireAnswer(Indicator indicator, RecordIndicatorValue command) {
        if (command.answer() == null || command.value() != null) {
            throw invalid("value", "indicator " + indicator.code() + " is a compliance indicator: its value is YES, "
                    + "PARTLY or NO");
        }
        if (command.answer() != ComplianceAnswer.NO && (command.evidence() == null || command.evidence().isBlank())) {
            throw invalid("evidence", "the answer " + command.answer() + " to indicator " + indicator.code()
                    + " needs the evidence it rests on");
        }
    }

    private static void requireNumber(Indicator indicator, RecordIndicatorValue command) {
        if (command.value() == null || command.answer() != null) {
            throw invalid("value", "the value of indicator " + indicator.code() + " is a number");
        }
        if (command.evidence() != null) {
            throw invalid("evidence", "only compliance indicators take evidence; give the value's source or a note "
                    + "for indicator " + indicator.code());
        }
    }

    /** Follow-up of the time the plan was in force stays possible after it is superseded, later follow-up not. */
    private void requireFollowUpDate(LocalDate date) {
        if (supersededOn != null && date.isAfter(supersededOn)) {
            throw conflict(name() + " was superseded on " + supersededOn + "; follow-up as of " + date
                    + " belongs to the plan that replaced it");
        }
    }

    private void requireNotSuperseded() {
        if (supersededOn != null) {
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
        periodStart = event.periodStart();
        periodEnd = event.periodEnd();
        responsibleBody = event.responsibleBody();
    }

    @EventSourcingHandler
    void on(PlanRevisionProposed event) {
        latestRevision = event.revision();
        outlines.put(event.revision(), Outline.of(event.content()));
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
        } else if (event.kind() == ADOPTED) {
            adoptedRevision = event.revision();
        } else if (event.kind() == SUPERSEDED && supersededOn == null) {
            supersededOn = event.decisionDate();
        }
    }

    @EventSourcingHandler
    void on(PlanResponsibilityTransferred event) {
        responsibleBody = event.toBody();
    }

    /** What follow-up refers to in a revision: its goals, activities and indicators by code. */
    private record Outline(Map<String, Goal> goals, Map<String, Activity> activities,
                           Map<String, Indicator> indicators) {

        static Outline of(PlanContent content) {
            Outline outline = new Outline(new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (Goal goal : content.goals()) {
                outline.goals().put(goal.code(), goal);
                goal.activities().forEach(activity -> outline.activities().put(activity.code(), activity));
                goal.indicators().forEach(indicator -> outline.indicators().put(indicator.code(), indicator));
            }
            return outline;
        }
    }

    /** The bodies consulted and those of them that have answered. */
    private record Consultation(Set<String> bodies, Set<String> answered, LocalDate sentOn, LocalDate deadline) {
    }
}
