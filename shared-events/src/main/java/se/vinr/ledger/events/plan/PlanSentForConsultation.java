package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;
import java.util.List;

/** A revision goes out on remiss to the listed bodies; consultations are numbered 1, 2, … within the plan. */
public record PlanSentForConsultation(MunicipalityId municipalityId, PlanId planId, int consultation, int revision,
                                      List<String> bodies, LocalDate sentOn, LocalDate deadline)
        implements PlanEvent {

    public PlanSentForConsultation {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }

    @Override
    public LocalDate businessDate() {
        return sentOn;
    }
}
