package se.vinr.ledger.query.indicator;

import se.vinr.ledger.query.plan.PlanProgress;

import java.util.List;

/** A goal of the revision in force: its progress (activities and indicators) and its indicators. */
public record GoalIndicators(String goalCode, String title, PlanProgress.Progress progress,
                             List<IndicatorView> indicators) {

    public GoalIndicators {
        indicators = List.copyOf(indicators);
    }
}
