package se.vinr.ledger.command.plan;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.DecisionKind;

import java.time.LocalDate;

/** A committee decision; {@code revision} defaults to the latest proposed one where the kind decides on one. */
public record RecordPlanDecision(MunicipalityId municipalityId, PlanId planId, DecisionKind kind, Integer revision,
                                 String decidingBody, LocalDate decisionDate, String paragraph, String caseNumber,
                                 String reasons, LocalDate reportBackBy, LocalDate newPeriodEnd,
                                 @TargetAggregateVersion Long expectedVersion) implements PlanCommand {
}
