package se.vinr.ledger.query.indicator;

import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.ComplianceAnswer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value of an indicator on a date: a number, or a compliance answer with its evidence; recorded by hand (with note
 * and source where given) or computed from the ledger.
 */
record Reading(LocalDate date, BigDecimal value, ComplianceAnswer answer, String evidence, String note,
               Source source) {

    static Reading computed(LocalDate date, BigDecimal value) {
        return new Reading(date, value, null, null, null, null);
    }
}
