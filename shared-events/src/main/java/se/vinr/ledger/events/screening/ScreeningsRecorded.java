package se.vinr.ledger.events.screening;

import se.vinr.ledger.events.common.BusinessDated;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.UnitId;

import java.time.LocalDate;

/**
 * How many screenings a unit did with an instrument in a period (both days included). A later record for the same
 * unit, instrument and period corrects the earlier one rather than adding to it.
 */
public record ScreeningsRecorded(MunicipalityId municipalityId, UnitId unitId, ScreeningInstrument instrument,
                                 LocalDate periodStart, LocalDate periodEnd, int count)
        implements MunicipalityScoped, BusinessDated {

    @Override
    public LocalDate businessDate() {
        return periodEnd;
    }
}
