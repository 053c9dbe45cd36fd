package se.vinr.ledger.events.organisation;

import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.UnitId;

import java.time.LocalDate;

public record HeadcountReported(MunicipalityId municipalityId, UnitId unitId, int headcount, LocalDate asOf)
        implements MunicipalityScoped, BusinessDated {

    @Override
    public LocalDate businessDate() {
        return asOf;
    }
}
