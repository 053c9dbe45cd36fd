package se.vinr.ledger.events.organisation;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;

/** A municipality (or region) joins the ledger; {@code municipalityCode} is its 4-digit SCB code. */
public record MunicipalityRegistered(MunicipalityId municipalityId, String name, String municipalityCode)
        implements MunicipalityScoped {
}
