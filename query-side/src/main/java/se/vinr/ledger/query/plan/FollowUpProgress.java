package se.vinr.ledger.query.plan;

/**
 * The progress shown in the plan view, computed where activity and indicator statuses are worked out (the indicator
 * views depend on this package, so this package asks through this interface).
 */
public interface FollowUpProgress {

    /** The plan's progress at its point in time; null when it has no revision in force then. */
    PlanProgress of(PlanFollowUp plan);
}
