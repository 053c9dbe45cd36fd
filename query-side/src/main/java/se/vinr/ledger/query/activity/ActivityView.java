package se.vinr.ledger.query.activity;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vinr.ledger.events.plan.ActivityStatus;
import se.vinr.ledger.events.plan.Recurrence;

import java.time.LocalDate;
import java.util.List;

/** An activity of a plan's revision in force, with its status and timing as of a date. */
public record ActivityView(
        String planId,
        @Schema(description = "The revision in force the activity belongs to") int revision,
        String goalCode,
        String goalTitle,
        String code,
        String description,
        List<String> targetGroups,
        List<String> responsibleBodies,
        @Schema(description = "The plan's own words for when, e.g. 'Under planperioden'") String timing,
        Recurrence recurrence,
        @Schema(description = "One-off: the timing's due date, else the end of the plan's period. Recurring: the "
                + "due date of the first occurrence not yet past (else of the last one); null without occurrences")
        LocalDate dueDate,
        @Schema(description = "True where the plan gives no due date and the end of its period stands in")
        boolean dueDateFromPlanPeriod,
        @Schema(description = "The latest status reported as of the date (for a recurring activity: of the "
                + "occurrence whose due date is shown); NOT_STARTED when none was reported")
        ActivityStatus status,
        @Schema(description = "The date of the status report; null when none was reported") LocalDate statusAsOf,
        String note,
        @Schema(description = "Due date passed and neither DONE nor CANCELLED; for a recurring activity: any of its "
                + "occurrences overdue")
        boolean overdue,
        @Schema(description = "Recurring activities: each occurrence in the plan's period up to the end of the "
                + "year of asOf (and any reported on); empty for one-off activities")
        List<Occurrence> occurrences) {

    public ActivityView {
        occurrences = List.copyOf(occurrences);
    }

    @Schema(name = "ActivityOccurrence")
    public record Occurrence(LocalDate dueDate, ActivityStatus status, LocalDate statusAsOf, String note,
                             boolean overdue) {
    }
}
