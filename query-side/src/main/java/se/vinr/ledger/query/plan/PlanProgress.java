package se.vinr.ledger.query.plan;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * How far a plan's follow-up has come at a point in time, for the plan and per goal of the revision in force:
 * activities (one-off ones and the occurrences of recurring ones) by status against their timing, and indicators by
 * status (see README, "Indicator status").
 */
public record PlanProgress(@Schema(description = "The revision in force whose goals are counted") int revision,
                           Progress plan,
                           List<GoalProgress> goals) {

    public PlanProgress {
        goals = List.copyOf(goals);
    }

    @Schema(name = "GoalProgress")
    public record GoalProgress(String goalCode, String title, Progress progress) {
    }

    @Schema(name = "FollowUpProgress")
    public record Progress(ActivityCounts activities, IndicatorCounts indicators) {
    }

    @Schema(name = "ActivityCounts", description = "Activities counted on a date: every one-off activity of the "
            + "revision, and the occurrences of recurring activities that were due by then or already done")
    public record ActivityCounts(
            int total,
            int notStarted,
            int inProgress,
            int done,
            int cancelled,
            @Schema(description = "Due date passed, neither done nor cancelled") int overdue,
            @Schema(description = "done / (total - cancelled) in percent, one decimal; null when nothing counts")
            BigDecimal completionPercent) {
    }

    @Schema(name = "IndicatorStatusCounts")
    public record IndicatorCounts(int total, int achieved, int onTrack, int atRisk, int overdue, int noData) {
    }
}
