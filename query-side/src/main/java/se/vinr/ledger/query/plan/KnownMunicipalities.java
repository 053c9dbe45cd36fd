package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.query.NotFoundException;

/**
 * Whether a municipality is registered: answered by the organisation read model, which depends on this package
 * (for active plans) and not the other way round.
 */
public interface KnownMunicipalities {

    boolean contains(MunicipalityId municipalityId);

    /** A plan that is not there, or its municipality when that is what is missing (asked only on the miss). */
    default NotFoundException missingPlan(MunicipalityId municipalityId, PlanId planId) {
        return contains(municipalityId) ? NotFoundException.plan(municipalityId, planId)
                : NotFoundException.municipality(municipalityId);
    }
}
