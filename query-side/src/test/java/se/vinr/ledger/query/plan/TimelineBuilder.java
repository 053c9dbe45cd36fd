package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.ActivityStatus;
import se.vinr.ledger.events.plan.ActivityStatusReported;
import se.vinr.ledger.events.plan.ComplianceAnswer;
import se.vinr.ledger.events.plan.ConsultationResponseRecorded;
import se.vinr.ledger.events.plan.DecisionKind;
import se.vinr.ledger.events.plan.FollowUpKind;
import se.vinr.ledger.events.plan.FollowUpReportSubmitted;
import se.vinr.ledger.events.plan.GoalAssessment;
import se.vinr.ledger.events.plan.IndicatorValueRecorded;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.PlanDecisionRecorded;
import se.vinr.ledger.events.plan.PlanDrafted;
import se.vinr.ledger.events.plan.PlanEvent;
import se.vinr.ledger.events.plan.PlanResponsibilityTransferred;
import se.vinr.ledger.events.plan.PlanRevisionProposed;
import se.vinr.ledger.events.plan.PlanSentForConsultation;
import se.vinr.ledger.events.plan.Stance;
import se.vinr.ledger.query.PointInTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a plan's timeline the way the event store would: sequence numbers 0, 1, 2, …, each event recorded at
 * 09:00 UTC on the day after its business date unless {@link #recordedAt} says otherwise.
 */
public final class TimelineBuilder {

    private final MunicipalityId municipalityId;
    private final PlanId planId;
    private final List<TimelineEntry> entries = new ArrayList<>();
    private String recordedBy = "registrar";

    public TimelineBuilder(String municipalityId, String planId) {
        this.municipalityId = new MunicipalityId(municipalityId);
        this.planId = new PlanId(planId);
    }

    static LocalDate date(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    /** Who records the events from here on. */
    public TimelineBuilder by(String userId) {
        this.recordedBy = userId;
        return this;
    }

    public TimelineBuilder drafted(String title, String periodStart, String periodEnd, String caseNumber,
                            String responsibleBody, String draftedOn) {
        return add(new PlanDrafted(municipalityId, planId, title, date(periodStart), date(periodEnd), caseNumber,
                responsibleBody, date(draftedOn)));
    }

    public TimelineBuilder revision(int revision, PlanContent content, String preparedBy, String date, String summary,
                             String caseNumber) {
        return add(new PlanRevisionProposed(municipalityId, planId, revision, content, preparedBy, date(date), summary,
                caseNumber));
    }

    public TimelineBuilder sentForConsultation(int consultation, int revision, List<String> bodies, String sentOn,
                                        String deadline) {
        return add(new PlanSentForConsultation(municipalityId, planId, consultation, revision, bodies, date(sentOn),
                date(deadline)));
    }

    public TimelineBuilder response(int consultation, String body, Stance stance, String summary, String date) {
        return add(new ConsultationResponseRecorded(municipalityId, planId, consultation, body, stance, summary,
                date(date), date(date)));
    }

    public TimelineBuilder decision(DecisionKind kind, Integer revision, String decidingBody, String decisionDate,
                             String paragraph, String caseNumber, String reasons, String reportBackBy) {
        return add(new PlanDecisionRecorded(municipalityId, planId, kind, revision, decidingBody, date(decisionDate),
                paragraph, caseNumber, reasons, date(reportBackBy), null));
    }

    public TimelineBuilder decision(DecisionKind kind, Integer revision, String decidingBody, String decisionDate) {
        return decision(kind, revision, decidingBody, decisionDate, null, null, null, null);
    }

    public TimelineBuilder validityExtended(String decidingBody, String decisionDate, String newPeriodEnd) {
        return add(new PlanDecisionRecorded(municipalityId, planId, DecisionKind.VALIDITY_EXTENDED, null,
                decidingBody, date(decisionDate), null, null, null, null, date(newPeriodEnd)));
    }

    public TimelineBuilder transferred(String fromBody, String toBody, String effectiveDate, String reason) {
        return add(new PlanResponsibilityTransferred(municipalityId, planId, fromBody, toBody, date(effectiveDate),
                reason));
    }

    public TimelineBuilder activityStatus(int revision, String code, String occurrence, ActivityStatus status,
                                          String asOf) {
        return add(new ActivityStatusReported(municipalityId, planId, revision, code, date(occurrence), status,
                date(asOf), status + " as of " + asOf));
    }

    public TimelineBuilder value(int revision, String code, String value, String asOf) {
        return add(new IndicatorValueRecorded(municipalityId, planId, revision, code, new BigDecimal(value), null,
                null, date(asOf), new Source("uppfoljning.txt", "value " + value), null));
    }

    public TimelineBuilder answer(int revision, String code, ComplianceAnswer answer, String asOf) {
        return add(new IndicatorValueRecorded(municipalityId, planId, revision, code, null, answer,
                answer == ComplianceAnswer.NO ? null : "Protokoll " + asOf, date(asOf), null, null));
    }

    public TimelineBuilder report(int revision, FollowUpKind kind, String date, List<GoalAssessment> assessments) {
        return add(new FollowUpReportSubmitted(municipalityId, planId, revision, kind, date(date), assessments));
    }

    /** The plan as the follow-up views see it at {@code at}; null if it did not exist then. */
    public PlanFollowUp followUp(PointInTime at) {
        return PlanFollowUp.of(entries(), at).orElse(null);
    }

    /** Overrides when the last event was recorded. */
    public TimelineBuilder recordedAt(String instant) {
        TimelineEntry last = entries.remove(entries.size() - 1);
        entries.add(new TimelineEntry(last.sequence(), last.businessDate(), Instant.parse(instant), last.recordedBy(),
                last.correlationId(), last.event(), last.source()));
        return this;
    }

    public List<TimelineEntry> entries() {
        return List.copyOf(entries);
    }

    /** Hands the entries to the projection as Axon would, each event identified by its plan and sequence. */
    public static void project(List<TimelineEntry> entries, PlanProjection projection) {
        entries.forEach(entry -> projection.on(entry.event(), eventId(entry), entry.sequence(), entry.recordedAt(),
                entry.recordedBy(), entry.correlationId(), entry.source().document(), entry.source().passage()));
    }

    static String eventId(TimelineEntry entry) {
        return "event-" + entry.event().municipalityId() + "-" + entry.event().planId() + "-" + entry.sequence();
    }

    private TimelineBuilder add(PlanEvent event) {
        long sequence = entries.size();
        Instant recordedAt = event.businessDate().plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC)
                .plusSeconds(sequence);
        entries.add(new TimelineEntry(sequence, event.businessDate(), recordedAt, recordedBy,
                "correlation-" + planId + "-" + sequence,
                event, new Source(planId + ".txt", "passage " + sequence)));
        return this;
    }
}
