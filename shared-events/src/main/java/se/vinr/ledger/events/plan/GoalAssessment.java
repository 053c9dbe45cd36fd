package se.vinr.ledger.events.plan;

import jakarta.validation.constraints.Size;
import se.vinr.ledger.events.common.PlanCode;

/** A follow-up report's assessment of one goal, or of the plan as a whole where {@code goalCode} is null. */
public record GoalAssessment(@PlanCode String goalCode, @Size(max = 4000) String text) {
}
