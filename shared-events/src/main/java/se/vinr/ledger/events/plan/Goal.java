package se.vinr.ledger.events.plan;

import java.util.List;

/** A goal (mål, delmål or fokusområde: plans use different words). */
public record Goal(String code, String title, String description, List<Activity> activities,
                   List<Indicator> indicators) {

    public Goal {
        activities = activities == null ? List.of() : List.copyOf(activities);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
