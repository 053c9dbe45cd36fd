package se.vinr.ledger.events.plan;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * When an activity happens: the plan's own words ({@code text}, e.g. "Under planperioden"), and where the plan
 * gives one, a due date and/or a recurrence.
 */
public record Timing(@Size(max = 200) String text, LocalDate dueDate, Recurrence recurrence) {
}
