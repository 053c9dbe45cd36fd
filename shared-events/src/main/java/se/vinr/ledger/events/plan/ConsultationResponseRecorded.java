package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;

public record ConsultationResponseRecorded(MunicipalityId municipalityId, PlanId planId, int consultation,
                                           String body, Stance stance, String summary, LocalDate date)
        implements PlanEvent {

    @Override
    public LocalDate businessDate() {
        return date;
    }
}
