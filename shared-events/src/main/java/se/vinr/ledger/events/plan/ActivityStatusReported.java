package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;

/**
 * The status of an activity as of a date. For a recurring activity {@code occurrence} is the due date of the
 * occurrence reported on (each occurrence is due and reported on its own), else null. {@code revision} is the
 * revision in force when it was reported, the one that defined the activity.
 */
public record ActivityStatusReported(MunicipalityId municipalityId, PlanId planId, int revision, String activityCode,
                                     LocalDate occurrence, ActivityStatus status, LocalDate asOf, String note)
        implements PlanEvent {

    @Override
    public LocalDate businessDate() {
        return asOf;
    }
}
