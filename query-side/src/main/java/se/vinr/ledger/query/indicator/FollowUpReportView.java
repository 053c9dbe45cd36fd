package se.vinr.ledger.query.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.FollowUpKind;
import se.vinr.ledger.events.plan.GoalAssessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A follow-up report with the figures as they stood on its date, as known when it was recorded. */
public record FollowUpReportView(
        FollowUpKind kind,
        LocalDate date,
        @Schema(description = "The revision in force when the report was submitted") int revision,
        @Schema(description = "Per goal; one without a goal code assesses the plan as a whole")
        List<GoalAssessment> assessments,
        Instant recordedAt,
        String recordedBy,
        Source source,
        @Schema(description = "The plan's indicators (current values and status, no series) and progress as of the "
                + "report's date, counting only what had been recorded when the report was")
        PlanIndicators figures) {
}
