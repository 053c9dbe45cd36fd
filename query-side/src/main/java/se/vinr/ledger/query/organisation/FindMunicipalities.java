package se.vinr.ledger.query.organisation;

import se.vinr.ledger.query.PointInTime;

/** Every municipality with the plan it works under at that point in time. */
public record FindMunicipalities(PointInTime at) {
}
