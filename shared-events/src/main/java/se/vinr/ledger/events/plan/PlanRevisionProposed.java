package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;

/**
 * A proposal of the plan's whole content; revisions are numbered 1, 2, … within the plan. {@code date} is null
 * where the documents do not date the revision: views place it right after what came before it.
 */
public record PlanRevisionProposed(MunicipalityId municipalityId, PlanId planId, int revision, PlanContent content,
                                   String preparedBy, LocalDate date, String summary, String caseNumber)
        implements PlanEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
