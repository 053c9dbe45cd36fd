package se.vinr.ledger.events.common;

/** Every event belongs to exactly one municipality; projections and the audit log partition by it. */
public interface MunicipalityScoped {

    MunicipalityId municipalityId();
}
