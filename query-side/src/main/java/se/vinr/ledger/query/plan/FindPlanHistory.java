package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.query.PointInTime;

/** One plan's history up to a point in time; not found like {@link FindPlan}. */
public record FindPlanHistory(MunicipalityId municipalityId, PlanId planId, PointInTime at) {
}
