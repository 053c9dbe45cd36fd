package se.vinr.ledger.command.plan;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.PlanContent;

import java.time.LocalDate;

/** Proposes the plan's whole content; the aggregate numbers the revision. */
public record ProposePlanRevision(MunicipalityId municipalityId, PlanId planId, PlanContent content,
                                  String preparedBy, LocalDate date, String summary, String caseNumber,
                                  @TargetAggregateVersion Long expectedVersion) implements PlanCommand {
}
