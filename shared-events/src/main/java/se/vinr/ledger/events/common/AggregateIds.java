package se.vinr.ledger.events.common;

/**
 * Aggregate identifiers in the event store. Aggregates of a municipality other than the municipality itself are
 * named {@code <municipality>/<kind>/<id>}, so two municipalities may use the same plan id or course code without
 * sharing a stream, and every stream of a municipality starts with its id.
 */
public final class AggregateIds {

    private static final String PLAN = "plan";
    private static final String COURSE = "course";
    private static final String MEETING_SERIES = "meeting-series";

    private AggregateIds() {
    }

    public static String municipality(MunicipalityId municipalityId) {
        return municipalityId.value();
    }

    public static String plan(MunicipalityId municipalityId, PlanId planId) {
        return of(municipalityId, PLAN, planId.value());
    }

    public static String course(MunicipalityId municipalityId, CourseCode courseCode) {
        return of(municipalityId, COURSE, courseCode.value());
    }

    public static String meetingSeries(MunicipalityId municipalityId, MeetingSeriesId seriesId) {
        return of(municipalityId, MEETING_SERIES, seriesId.value());
    }

    /** Names the record behind an aggregate identifier the way a user would: "plan p1 of gotland". */
    public static String describe(String aggregateIdentifier) {
        String[] parts = aggregateIdentifier.split("/", 3);
        if (parts.length == 3) {
            return parts[1].replace('-', ' ') + " " + parts[2] + " of " + parts[0];
        }
        return "municipality " + aggregateIdentifier;
    }

    private static String of(MunicipalityId municipalityId, String kind, String id) {
        return municipalityId.value() + "/" + kind + "/" + id;
    }
}
