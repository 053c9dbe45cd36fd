package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.query.PointInTime;

/** One plan as it stood; not found if it did not exist (or was not yet recorded) at that point in time. */
public record FindPlan(MunicipalityId municipalityId, PlanId planId, PointInTime at) {
}
