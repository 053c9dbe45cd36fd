package se.vinr.ledger.events.keyperson;

import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.PersonRef;
import se.vinr.ledger.events.common.UnitId;

import java.time.LocalDate;

/** A member of staff, known by a pseudonymous reference, is a key person of a unit from {@code since}. */
public record KeyPersonRegistered(MunicipalityId municipalityId, KeyPersonId keyPersonId, UnitId unitId,
                                  PersonRef personRef, KeyPersonRole role, LocalDate since)
        implements MunicipalityScoped, BusinessDated {

    @Override
    public LocalDate businessDate() {
        return since;
    }
}
