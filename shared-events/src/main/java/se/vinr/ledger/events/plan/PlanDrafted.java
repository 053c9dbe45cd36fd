package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;

/**
 * A plan is opened: its title, validity period, case number (diarienummer) and the committee responsible.
 * {@code draftedOn} may be unknown (the documents often give none): the plan then enters history at the start of
 * its period.
 */
public record PlanDrafted(MunicipalityId municipalityId, PlanId planId, String title, LocalDate periodStart,
                          LocalDate periodEnd, String caseNumber, String responsibleBody, LocalDate draftedOn)
        implements PlanEvent {

    @Override
    public LocalDate businessDate() {
        return draftedOn != null ? draftedOn : periodStart;
    }
}
