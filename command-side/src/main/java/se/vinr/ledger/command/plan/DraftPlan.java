package se.vinr.ledger.command.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;

public record DraftPlan(MunicipalityId municipalityId, PlanId planId, String title, LocalDate periodStart,
                        LocalDate periodEnd, String caseNumber, String responsibleBody, LocalDate draftedOn)
        implements PlanCommand {
}
