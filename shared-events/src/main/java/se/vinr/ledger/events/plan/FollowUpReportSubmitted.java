package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;
import java.util.List;

/** A follow-up report to the committee, dated, with its assessments; {@code revision} is the revision in force. */
public record FollowUpReportSubmitted(MunicipalityId municipalityId, PlanId planId, int revision, FollowUpKind kind,
                                      LocalDate date, List<GoalAssessment> assessments)
        implements PlanEvent {

    public FollowUpReportSubmitted {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
