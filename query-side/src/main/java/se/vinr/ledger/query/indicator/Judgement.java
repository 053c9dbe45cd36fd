package se.vinr.ledger.query.indicator;

import java.math.BigDecimal;

/**
 * What {@link StatusFormula} says of a value: its status (with the reason where there is NO_DATA), its progress from
 * baseline to target, and the progress the straight line expects on the value's date, both in percent with one
 * decimal and null where they cannot be computed.
 */
record Judgement(IndicatorStatus status, NoDataReason reason, BigDecimal progressPercent,
                 BigDecimal expectedProgressPercent) {

    static Judgement noData(NoDataReason reason) {
        return new Judgement(IndicatorStatus.NO_DATA, reason, null, null);
    }
}
