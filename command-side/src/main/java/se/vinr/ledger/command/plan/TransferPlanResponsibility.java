package se.vinr.ledger.command.plan;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;

public record TransferPlanResponsibility(MunicipalityId municipalityId, PlanId planId, String fromBody,
                                         String toBody, LocalDate effectiveDate, String reason,
                                         @TargetAggregateVersion Long expectedVersion) implements PlanCommand {
}
