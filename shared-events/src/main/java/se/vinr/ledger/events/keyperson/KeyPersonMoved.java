package se.vinr.ledger.events.keyperson;

import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.UnitId;

import java.time.LocalDate;

/** A key person serves another unit from {@code from} on (the day before, the last one in the previous unit). */
public record KeyPersonMoved(MunicipalityId municipalityId, KeyPersonId keyPersonId, UnitId fromUnitId,
                             UnitId toUnitId, LocalDate from)
        implements MunicipalityScoped, BusinessDated {

    @Override
    public LocalDate businessDate() {
        return from;
    }
}
