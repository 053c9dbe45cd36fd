package se.vinr.ledger.query.comparison;

import se.vinr.ledger.query.PointInTime;

public record FindIndicatorComparison(PointInTime at) {
}
