package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.Figure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of an indicator on a date: a baseline as measured then, or a target to reach by then. */
public record Measure(@Figure BigDecimal value, LocalDate date) {
}
