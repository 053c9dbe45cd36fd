package se.vinr.ledger.events.keyperson;

import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.UnitId;

import java.time.LocalDate;

/** A key person's assignment ends: {@code until} is the last day, in the unit the key person was in then. */
public record KeyPersonDeregistered(MunicipalityId municipalityId, KeyPersonId keyPersonId, UnitId unitId,
                                    LocalDate until, String reason)
        implements MunicipalityScoped, BusinessDated {

    @Override
    public LocalDate businessDate() {
        return until;
    }
}
