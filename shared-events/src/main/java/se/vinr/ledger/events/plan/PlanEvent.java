package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.PlanId;

/** Everything that happens in a plan's life; the plan history is the sequence of these. */
public sealed interface PlanEvent extends MunicipalityScoped, BusinessDated
        permits PlanDrafted, PlanRevisionProposed, PlanSentForConsultation, ConsultationResponseRecorded,
        PlanDecisionRecorded, PlanResponsibilityTransferred, ActivityStatusReported, IndicatorValueRecorded,
        FollowUpReportSubmitted {

    PlanId planId();
}
