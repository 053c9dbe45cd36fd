package se.vinr.ledger.query.training;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;

public record FindTrainingCoverage(MunicipalityId municipalityId, PointInTime at) {
}
