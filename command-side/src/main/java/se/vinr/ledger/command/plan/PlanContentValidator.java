package se.vinr.ledger.command.plan;

import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.Recurrence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static se.vinr.ledger.command.CommandRejectedException.invalid;

/**
 * The rules for the content of one revision. Codes are the plan's own ("1", "1:1"): follow-up and indicators refer
 * to them, so within a revision goal, activity and indicator codes must each be unique. Errors name the field as a
 * path in the request, e.g. {@code content.goals[1].activities[0].code}.
 */
final class PlanContentValidator {

    private final Set<String> goalCodes = new HashSet<>();
    private final Set<String> activityCodes = new HashSet<>();
    private final Set<String> indicatorCodes = new HashSet<>();

    private PlanContentValidator() {
    }

    static void validate(PlanContent content) {
        if (content == null || content.goals().isEmpty()) {
            throw invalid("goals", "a revision needs at least one goal");
        }
        new PlanContentValidator().goals(content.goals());
    }

    private void goals(List<Goal> goals) {
        for (int g = 0; g < goals.size(); g++) {
            Goal goal = goals.get(g);
            String path = "goals[" + g + "]";
            code(goalCodes, "goal", goal.code(), path);
            text(goal.title(), path + ".title", "goal " + goal.code() + " needs a title");
            for (int a = 0; a < goal.activities().size(); a++) {
                activity(goal.activities().get(a), path + ".activities[" + a + "]");
            }
            for (int i = 0; i < goal.indicators().size(); i++) {
                indicator(goal.indicators().get(i), path + ".indicators[" + i + "]");
            }
        }
    }

    private void activity(Activity activity, String path) {
        code(activityCodes, "activity", activity.code(), path);
        text(activity.description(), path + ".description", "activity " + activity.code() + " needs a description");
        Recurrence recurrence = activity.timing() == null ? null : activity.timing().recurrence();
        if (recurrence == null) {
            return;
        }
        if (recurrence.frequency() == null) {
            throw invalid(path + ".timing.recurrence.frequency",
                    "the recurrence of activity " + activity.code() + " needs a frequency");
        }
        if (recurrence.month() != null && (recurrence.month() < 1 || recurrence.month() > 12)) {
            throw invalid(path + ".timing.recurrence.month",
                    "the month of activity " + activity.code() + " must be 1-12, got " + recurrence.month());
        }
    }

    private void indicator(Indicator indicator, String path) {
        code(indicatorCodes, "indicator", indicator.code(), path);
        text(indicator.name(), path + ".name", "indicator " + indicator.code() + " needs a name");
    }

    private static void code(Set<String> seen, String kind, String code, String path) {
        text(code, path + ".code", "every " + kind + " needs a code");
        if (!seen.add(code)) {
            throw invalid(path + ".code", kind + " code " + code + " is used more than once in this revision");
        }
    }

    private static void text(String value, String path, String message) {
        if (value == null || value.isBlank()) {
            throw invalid(path, message);
        }
    }
}
