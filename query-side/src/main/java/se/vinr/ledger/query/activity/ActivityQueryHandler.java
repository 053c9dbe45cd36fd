package se.vinr.ledger.query.activity;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.vinr.ledger.query.plan.PlanFollowUps;

import java.util.List;

@Component
class ActivityQueryHandler {

    private final PlanFollowUps plans;

    ActivityQueryHandler(PlanFollowUps plans) {
        this.plans = plans;
    }

    @QueryHandler
    MunicipalityActivities handle(FindActivities query) {
        List<ActivityView> activities = plans.of(query.municipalityId(), query.planId(), query.at()).stream()
                .flatMap(plan -> new ActivityTracking(plan).views().stream())
                .filter(activity -> query.status() == null || activity.status() == query.status())
                .filter(activity -> query.overdue() == null || activity.overdue() == query.overdue())
                .toList();
        return new MunicipalityActivities(query.municipalityId().value(), query.at().asOf(), query.at().knownAt(),
                activities);
    }
}
