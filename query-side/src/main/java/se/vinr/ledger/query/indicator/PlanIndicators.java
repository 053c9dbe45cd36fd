package se.vinr.ledger.query.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vinr.ledger.query.plan.PlanProgress;
import se.vinr.ledger.query.plan.PlanStatus;

import java.util.List;

/** A plan's indicators goal by goal, with the progress of the plan and of each goal. */
public record PlanIndicators(
        String planId,
        String title,
        PlanStatus status,
        @Schema(description = "The revision in force (the adopted one, else the latest proposed one); null before "
                + "any revision, and then there are no goals") Integer revision,
        @Schema(description = "The plan's progress; null before any revision") PlanProgress.Progress progress,
        List<GoalIndicators> goals) {

    public PlanIndicators {
        goals = List.copyOf(goals);
    }
}
