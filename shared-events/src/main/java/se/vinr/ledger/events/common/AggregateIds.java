package se.vinr.ledger.events.common;

/**
 * Aggregate identifiers in the event store. Plans and other per-municipality aggregates are prefixed with
 * their municipality so two municipalities may use the same plan id without sharing a stream.
 */
public final class AggregateIds {

    private static final String PLAN_INFIX = "/plan/";

    private AggregateIds() {
    }

    public static String municipality(MunicipalityId municipalityId) {
        return municipalityId.value();
    }

    public static String plan(MunicipalityId municipalityId, PlanId planId) {
        return municipalityId.value() + PLAN_INFIX + planId.value();
    }

    /** Names the record behind an aggregate identifier the way a user would: "plan p1 of gotland". */
    public static String describe(String aggregateIdentifier) {
        int plan = aggregateIdentifier.indexOf(PLAN_INFIX);
        if (plan > 0) {
            return "plan " + aggregateIdentifier.substring(plan + PLAN_INFIX.length()) + " of "
                    + aggregateIdentifier.substring(0, plan);
        }
        return "municipality " + aggregateIdentifier;
    }
}
