package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.ConsultationResponseRecorded;
import se.vinr.ledger.events.plan.PlanDecisionRecorded;
import se.vinr.ledger.events.plan.PlanDrafted;
import se.vinr.ledger.events.plan.PlanEvent;
import se.vinr.ledger.events.plan.PlanResponsibilityTransferred;
import se.vinr.ledger.events.plan.PlanRevisionProposed;
import se.vinr.ledger.events.plan.PlanSentForConsultation;
import se.vinr.ledger.query.PointInTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Folds a plan's visible timeline into the plan as it stood: status, content in force, pending revision. */
final class PlanFold {

    private String municipalityId;
    private String planId;
    private String title;
    private String caseNumber;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String responsibleBody;
    private final Map<Integer, PlanRevisionProposed> revisions = new HashMap<>();
    private int latestRevision;
    /** The stage of the work in progress: the plan's status until something is adopted, then the amendment's. */
    private RevisionStage stage = RevisionStage.DRAFT;
    private LocalDate stageSince;
    private Integer adoptedRevision;
    private LocalDate adoptedOn;
    private boolean superseded;
    private final List<PlanDetails.Decision> decisions = new ArrayList<>();
    private final Map<Integer, PlanSentForConsultation> consultations = new TreeMap<>();
    private final Map<Integer, List<PlanDetails.Response>> responses = new HashMap<>();
    /** Where each revision and consultation was taken from. */
    private final Map<PlanEvent, Source> sources = new HashMap<>();
    /** The revision follow-up refers to, from the business date it took that role. */
    private final NavigableMap<LocalDate, Integer> revisionInForceFrom = new TreeMap<>();

    private PlanFold() {
    }

    /** {@code timeline} must not be empty: a plan without visible entries did not exist at that point in time. */
    static PlanDetails fold(PlanTimeline timeline, PointInTime at) {
        return replay(timeline).details(timeline.version(), at);
    }

    /** The fold after all of {@code timeline}, kept for what it knows about the plan's revisions over time. */
    static PlanFold replay(PlanTimeline timeline) {
        PlanFold fold = new PlanFold();
        timeline.entries().forEach(fold::apply);
        return fold;
    }

    /**
     * The revision follow-up referred to on {@code date}, as the plan aggregate counts it: the latest adopted one,
     * else the latest proposed one; empty before the first proposal.
     */
    Optional<PlanFollowUp.Revision> revisionInForceOn(LocalDate date) {
        return Optional.ofNullable(revisionInForceFrom.floorEntry(date))
                .map(inForce -> new PlanFollowUp.Revision(inForce.getValue(),
                        revisions.get(inForce.getValue()).content()));
    }

    private void apply(TimelineEntry entry) {
        PlanEvent event = entry.event();
        municipalityId = event.municipalityId().value();
        planId = event.planId().value();
        if (event instanceof PlanDrafted drafted) {
            title = drafted.title();
            caseNumber = drafted.caseNumber();
            periodStart = drafted.periodStart();
            periodEnd = drafted.periodEnd();
            responsibleBody = drafted.responsibleBody();
            enter(RevisionStage.DRAFT, drafted.draftedOn());
        } else if (event instanceof PlanRevisionProposed revision) {
            revisions.put(revision.revision(), revision);
            sources.put(revision, entry.source());
            latestRevision = Math.max(latestRevision, revision.revision());
            // a revision registered under a new case number (e.g. by a new committee) is handled under it from now on
            if (revision.caseNumber() != null) {
                caseNumber = revision.caseNumber();
            }
            enter(RevisionStage.DRAFT, entry.businessDate());
        } else if (event instanceof PlanSentForConsultation consultation) {
            consultations.put(consultation.consultation(), consultation);
            sources.put(consultation, entry.source());
            enter(RevisionStage.IN_CONSULTATION, consultation.sentOn());
        } else if (event instanceof ConsultationResponseRecorded response) {
            responses.computeIfAbsent(response.consultation(), number -> new ArrayList<>())
                    .add(new PlanDetails.Response(response.body(), response.stance(), response.summary(),
                            response.date(), entry.source()));
        } else if (event instanceof PlanDecisionRecorded decision) {
            decisions.add(PlanDetails.Decision.of(decision, entry.source()));
            decide(decision);
        } else if (event instanceof PlanResponsibilityTransferred transfer) {
            responsibleBody = transfer.toBody();
        }
        int inForce = adoptedRevision != null ? adoptedRevision : latestRevision;
        if (revisions.containsKey(inForce)) {
            revisionInForceFrom.put(entry.businessDate(), inForce);
        }
    }

    private void decide(PlanDecisionRecorded decision) {
        switch (decision.kind()) {
            case REFERRED_BACK -> enter(RevisionStage.REFERRED_BACK, decision.decisionDate());
            case APPROVED_AND_FORWARDED -> enter(RevisionStage.APPROVED, decision.decisionDate());
            case ADOPTED -> {
                adoptedRevision = decision.revision() != null ? decision.revision() : latestRevision;
                adoptedOn = decision.decisionDate();
            }
            case VALIDITY_EXTENDED -> {
                if (decision.newPeriodEnd() != null) {
                    periodEnd = decision.newPeriodEnd();
                }
            }
            case SUPERSEDED -> superseded = true;
        }
    }

    private void enter(RevisionStage next, LocalDate since) {
        stage = next;
        stageSince = since;
    }

    private PlanStatus status(LocalDate asOf) {
        if (superseded) {
            return PlanStatus.SUPERSEDED;
        }
        if (adoptedRevision != null) {
            return periodEnd != null && asOf.isAfter(periodEnd) ? PlanStatus.EXPIRED : PlanStatus.ADOPTED;
        }
        return stage.planStatus();
    }

    private PlanDetails.ContentInForce contentInForce() {
        if (adoptedRevision == null) {
            return null;
        }
        PlanRevisionProposed adopted = revisions.get(adoptedRevision);
        return new PlanDetails.ContentInForce(adoptedRevision, adoptedOn, adopted == null ? null : adopted.content(),
                sources.get(adopted));
    }

    private PlanDetails.PendingRevision pendingRevision() {
        if (latestRevision == 0 || (adoptedRevision != null && latestRevision <= adoptedRevision)) {
            return null;
        }
        PlanRevisionProposed latest = revisions.get(latestRevision);
        return new PlanDetails.PendingRevision(latestRevision, stage, latest.date(), stageSince, latest.content(),
                sources.get(latest));
    }

    private List<PlanDetails.Consultation> consultations() {
        return consultations.values().stream()
                .map(sent -> new PlanDetails.Consultation(sent.consultation(), sent.revision(), sent.bodies(),
                        sent.sentOn(), sent.deadline(), List.copyOf(responses.getOrDefault(sent.consultation(), List.of())),
                        sources.get(sent)))
                .toList();
    }

    PlanDetails details(long version, PointInTime at) {
        return new PlanDetails(planId, municipalityId, title, caseNumber, periodStart, periodEnd, responsibleBody,
                status(at.asOf()), contentInForce(), pendingRevision(), List.copyOf(decisions), consultations(),
                null, version, at.asOf(), at.knownAt());
    }
}
