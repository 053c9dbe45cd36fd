package se.vinr.ledger.command.plan;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.Stance;

import java.time.LocalDate;

/** A consulted body's answer to a consultation (default: the latest). */
public record RecordConsultationResponse(MunicipalityId municipalityId, PlanId planId, Integer consultation,
                                         String body, Stance stance, String summary, LocalDate date,
                                         @TargetAggregateVersion Long expectedVersion) implements PlanCommand {
}
