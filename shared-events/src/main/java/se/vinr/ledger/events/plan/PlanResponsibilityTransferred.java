package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;

/** Responsibility passes between committees, e.g. after a reorganisation of the committees. */
public record PlanResponsibilityTransferred(MunicipalityId municipalityId, PlanId planId, String fromBody,
                                            String toBody, LocalDate effectiveDate, String reason)
        implements PlanEvent {

    @Override
    public LocalDate businessDate() {
        return effectiveDate;
    }
}
