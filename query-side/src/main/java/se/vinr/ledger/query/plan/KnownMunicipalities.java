package se.vinr.ledger.query.plan;

import se.vinr.ledger.events.common.MunicipalityId;

/**
 * Whether a municipality is registered: answered by the organisation read model, which depends on this package
 * (for active plans) and not the other way round.
 */
public interface KnownMunicipalities {

    boolean contains(MunicipalityId municipalityId);
}
