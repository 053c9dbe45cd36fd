package se.vinr.ledger.events.organisation;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.UnitId;

/** A unit (enhet) within a department; {@code headcount} is its staff count when registered, null if unknown. */
public record UnitRegistered(MunicipalityId municipalityId, UnitId unitId, String name, String department,
                             Operator operator, Integer headcount) implements MunicipalityScoped {
}
