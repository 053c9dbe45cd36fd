package se.vinr.ledger.events.plan;

import java.util.List;

/** The whole content of a plan revision: its goals, each with activities and indicators. */
public record PlanContent(List<Goal> goals) {

    public PlanContent {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
