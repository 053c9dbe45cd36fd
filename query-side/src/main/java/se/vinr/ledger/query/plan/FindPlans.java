package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;

/** A municipality's plans with their status; unknown municipality: not found. */
public record FindPlans(MunicipalityId municipalityId, PointInTime at) {
}
