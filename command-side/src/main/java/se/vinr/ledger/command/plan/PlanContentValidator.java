package se.vinr.ledger.command.plan;

import se.vinr.ledger.events.common.Slug;
import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.Direction;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.IndicatorSource.Kind;
import se.vinr.ledger.events.plan.Measure;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.Recurrence;
import se.vinr.ledger.events.screening.ScreeningInstrument;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static se.vinr.ledger.command.CommandRejectedException.invalid;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.ACTIVITY_COMPLETION;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.COMPLIANCE;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.KEY_PERSON_COUNT;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.KEY_PERSON_UNIT_COVERAGE;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.MEETINGS_HELD;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.SCREENINGS;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.TRAINING_COMPLETIONS;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.TRAINING_COVERAGE;

/**
 * The rules for the content of one revision. Codes are the plan's own ("1", "1:1"): follow-up and indicators refer
 * to them, so within a revision goal, activity and indicator codes must each be unique. An indicator's source names
 * the parameters its kind needs and no others. Errors name the field as a path in the request, e.g.
 * {@code goals[1].activities[0].code} or {@code goals[0].indicators[1].source.courseCode}.
 */
final class PlanContentValidator {

    private final Set<String> goalCodes = new HashSet<>();
    private final Set<String> activityCodes = new HashSet<>();
    private final Set<String> indicatorCodes = new HashSet<>();
    /** Goal codes that indicators refer to, by the path of the reference: checked once every goal is known. */
    private final Map<String, String> goalReferences = new LinkedHashMap<>();

    private PlanContentValidator() {
    }

    static void validate(PlanContent content) {
        if (content == null) {
            throw invalid("goals", "a revision needs its goals");
        }
        PlanContentValidator validator = new PlanContentValidator();
        validator.goals(content.goals());
        validator.goalReferences.forEach((path, code) -> {
            if (!validator.goalCodes.contains(code)) {
                throw invalid(path, "there is no goal " + code + " in this revision");
            }
        });
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
        Kind kind = indicator.source().kind();
        if (kind == null) {
            throw invalid(path + ".source.kind", "indicator " + indicator.code()
                    + " needs the kind of its source, one of " + Arrays.toString(Kind.values()));
        }
        for (Parameter parameter : Parameter.values()) {
            parameter(indicator, parameter, path + ".source." + parameter.field);
        }
        if (kind == COMPLIANCE) {
            compliance(indicator, path);
        } else {
            measures(indicator, path);
        }
    }

    private void parameter(Indicator indicator, Parameter parameter, String path) {
        Kind kind = indicator.source().kind();
        String value = parameter.of(indicator.source());
        if (value == null) {
            if (parameter.requiredBy(kind)) {
                throw invalid(path, "indicator " + indicator.code() + " of kind " + kind + " needs the "
                        + parameter.field);
            }
            return;
        }
        if (!parameter.usedBy(kind)) {
            throw invalid(path, "indicator " + indicator.code() + " of kind " + kind + " takes no " + parameter.field);
        }
        switch (parameter) {
            case COURSE_CODE, SERIES_ID -> {
                try {
                    Slug.require(parameter.field, value);
                } catch (IllegalArgumentException e) {
                    throw invalid(path, e.getMessage());
                }
            }
            case DEPARTMENT -> text(value, path, "the department of indicator " + indicator.code()
                    + " must not be blank; leave it out for all units");
            case INSTRUMENT -> {
                if (Arrays.stream(ScreeningInstrument.values()).noneMatch(i -> i.name().equals(value))) {
                    throw invalid(path, "'" + value + "' is not one of "
                            + Arrays.toString(ScreeningInstrument.values()));
                }
            }
            case GOAL_CODE -> goalReferences.put(path, value);
        }
    }

    /** A compliance indicator is answered yes, partly or no: there is no number to start from, aim at or move. */
    private static void compliance(Indicator indicator, String path) {
        String refusal = "indicator " + indicator.code() + " is answered YES, PARTLY or NO and has no ";
        if (indicator.baseline() != null) {
            throw invalid(path + ".baseline", refusal + "numeric baseline");
        }
        if (indicator.target() != null) {
            throw invalid(path + ".target", refusal + "numeric target");
        }
        if (indicator.direction() != null) {
            throw invalid(path + ".direction", refusal + "direction");
        }
    }

    /** Progress towards a target needs to know which way is better; with a baseline, the two must agree. */
    private static void measures(Indicator indicator, String path) {
        Measure baseline = indicator.baseline();
        Measure target = indicator.target();
        if (baseline != null && baseline.value() == null) {
            throw invalid(path + ".baseline.value", "the baseline of indicator " + indicator.code()
                    + " needs a value");
        }
        if (target == null) {
            return;
        }
        if (target.value() == null) {
            throw invalid(path + ".target.value", "the target of indicator " + indicator.code() + " needs a value");
        }
        Direction direction = indicator.direction();
        if (direction == null) {
            throw invalid(path + ".direction", "indicator " + indicator.code() + " has a target, so it needs a "
                    + "direction: INCREASE or DECREASE");
        }
        if (baseline != null) {
            if (baseline.date() != null && target.date() != null && target.date().isBefore(baseline.date())) {
                throw invalid(path + ".target.date", "the target date " + target.date() + " of indicator "
                        + indicator.code() + " is before its baseline date " + baseline.date());
            }
            int move = target.value().compareTo(baseline.value());
            if (direction == Direction.INCREASE && move < 0 || direction == Direction.DECREASE && move > 0) {
                throw invalid(path + ".direction", "indicator " + indicator.code() + " cannot " + direction
                        + " from its baseline " + baseline.value() + " to its target " + target.value());
            }
        }
    }

    /** The parameters of an indicator's source, the kinds that use each and those of them that need it. */
    private enum Parameter {
        COURSE_CODE("courseCode", IndicatorSource::courseCode,
                EnumSet.of(TRAINING_COVERAGE, TRAINING_COMPLETIONS), EnumSet.of(TRAINING_COVERAGE)),
        DEPARTMENT("department", IndicatorSource::department, EnumSet.of(COMPLIANCE, TRAINING_COVERAGE,
                TRAINING_COMPLETIONS, KEY_PERSON_COUNT, KEY_PERSON_UNIT_COVERAGE, SCREENINGS),
                EnumSet.noneOf(Kind.class)),
        SERIES_ID("seriesId", IndicatorSource::seriesId, EnumSet.of(MEETINGS_HELD), EnumSet.of(MEETINGS_HELD)),
        INSTRUMENT("instrument", IndicatorSource::instrument, EnumSet.of(SCREENINGS), EnumSet.of(SCREENINGS)),
        GOAL_CODE("goalCode", IndicatorSource::goalCode, EnumSet.of(ACTIVITY_COMPLETION),
                EnumSet.noneOf(Kind.class));

        private final String field;
        private final Function<IndicatorSource, String> value;
        private final Set<Kind> usedBy;
        private final Set<Kind> requiredBy;

        Parameter(String field, Function<IndicatorSource, String> value, Set<Kind> usedBy,
                  Set<Kind> requiredBy) {
            this.field = field;
            this.value = value;
            this.usedBy = usedBy;
            this.requiredBy = requiredBy;
        }

        String of(IndicatorSource source) {
            return value.apply(source);
        }

        boolean usedBy(Kind kind) {
            return usedBy.contains(kind);
        }

        boolean requiredBy(Kind kind) {
            return requiredBy.contains(kind);
        }
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
