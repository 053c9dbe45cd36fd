package se.vinr.ledger.events.plan;

/** A follow-up report's assessment of one goal, or of the plan as a whole where {@code goalCode} is null. */
public record GoalAssessment(String goalCode, String text) {
}
