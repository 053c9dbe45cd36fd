package se.vinr.ledger.query.keyperson;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;

public record FindKeyPersonCoverage(MunicipalityId municipalityId, PointInTime at) {
}
