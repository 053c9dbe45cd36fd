package se.vinr.ledger.events.common;

import java.time.LocalDate;

/**
 * The date on which the recorded fact happened in the world (a decision date, a response date), as opposed
 * to the instant it was recorded. Views "as of" a date use this; "known at" uses the recording instant.
 */
public interface BusinessDated {

    LocalDate businessDate();
}
