package se.vinr.ledger.events.plan;

import java.time.LocalDate;

/**
 * When an activity happens: the plan's own words ({@code text}, e.g. "Under planperioden"), and where the plan
 * gives one, a due date and/or a recurrence.
 */
public record Timing(String text, LocalDate dueDate, Recurrence recurrence) {
}
