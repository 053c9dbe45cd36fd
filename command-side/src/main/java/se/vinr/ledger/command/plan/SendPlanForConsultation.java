package se.vinr.ledger.command.plan;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;
import java.util.List;

/** Sends a revision (default: the latest) on remiss to {@code bodies}, answering by {@code deadline}. */
public record SendPlanForConsultation(MunicipalityId municipalityId, PlanId planId, Integer revision,
                                      List<String> bodies, LocalDate sentOn, LocalDate deadline,
                                      @TargetAggregateVersion Long expectedVersion) implements PlanCommand {
}
