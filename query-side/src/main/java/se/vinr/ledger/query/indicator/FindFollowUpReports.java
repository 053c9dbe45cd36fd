package se.vinr.ledger.query.indicator;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.query.PointInTime;

/** A plan's follow-up reports; not found for an unknown municipality, or a plan unknown at that point in time. */
public record FindFollowUpReports(MunicipalityId municipalityId, PlanId planId, PointInTime at) {
}
