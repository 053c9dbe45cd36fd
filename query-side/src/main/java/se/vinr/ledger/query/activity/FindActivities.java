package se.vinr.ledger.query.activity;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.ActivityStatus;
import se.vinr.ledger.query.PointInTime;

/**
 * The activities of a municipality's plans; optionally only of one plan (not found if it did not exist then), with
 * one status, or only those overdue (or not overdue). Null filters take everything.
 */
public record FindActivities(MunicipalityId municipalityId, PlanId planId, ActivityStatus status, Boolean overdue,
                             PointInTime at) {
}
