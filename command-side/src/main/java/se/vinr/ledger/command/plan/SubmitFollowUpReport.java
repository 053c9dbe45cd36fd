package se.vinr.ledger.command.plan;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.FollowUpKind;
import se.vinr.ledger.events.plan.GoalAssessment;

import java.time.LocalDate;
import java.util.List;

public record SubmitFollowUpReport(MunicipalityId municipalityId, PlanId planId, FollowUpKind kind, LocalDate date,
                                   List<GoalAssessment> assessments, @TargetAggregateVersion Long expectedVersion)
        implements PlanCommand {

    public SubmitFollowUpReport {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }
}
