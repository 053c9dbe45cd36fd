package se.vinr.ledger.query.indicator;

import org.springframework.stereotype.Component;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.IndicatorValueRecorded;
import se.vinr.ledger.query.activity.ActivityTracking;
import se.vinr.ledger.query.plan.FollowUpProgress;
import se.vinr.ledger.query.plan.PlanFollowUp;
import se.vinr.ledger.query.plan.PlanProgress;
import se.vinr.ledger.query.plan.PlanSummary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Works out a plan's indicators (values, series and status) and progress at the plan's point in time: values kept
 * by hand from the plan's timeline, ACTIVITY_COMPLETION from its activity statuses, every other kind from
 * {@link DerivedFigures}.
 */
@Component
class IndicatorBoard implements FollowUpProgress {

    /** The bounds of the series asked for; null where not given. */
    record SeriesRange(LocalDate from, LocalDate to) {

        LocalDate end(LocalDate asOf) {
            return to == null || to.isAfter(asOf) ? asOf : to;
        }

        /** {@code defaultStart}: where the series starts when no {@code from} is given (null: at the first value). */
        boolean contains(LocalDate date, LocalDate defaultStart, LocalDate asOf) {
            LocalDate start = from != null ? from : defaultStart;
            return (start == null || !date.isBefore(start)) && !date.isAfter(end(asOf));
        }
    }

    /** An indicator's definition and the revision it belongs to. */
    private record Definition(int revision, Indicator indicator) {
    }

    private final DerivedFigures derivedFigures;

    IndicatorBoard(DerivedFigures derivedFigures) {
        this.derivedFigures = derivedFigures;
    }

    @Override
    public PlanProgress of(PlanFollowUp plan) {
        PlanIndicators figures = indicators(plan, null);
        if (figures.revision() == null) {
            return null;
        }
        return new PlanProgress(figures.revision(), figures.progress(), figures.goals().stream()
                .map(goal -> new PlanProgress.GoalProgress(goal.goalCode(), goal.title(), goal.progress()))
                .toList());
    }

    /** The plan's indicators and progress; series only where {@code range} is given. */
    PlanIndicators indicators(PlanFollowUp plan, SeriesRange range) {
        PlanSummary summary = plan.summary();
        return plan.revisionInForce()
                .map(revision -> {
                    Board board = new Board(plan, range);
                    List<GoalIndicators> goals = revision.content().goals().stream()
                            .map(goal -> board.goal(revision.number(), goal))
                            .toList();
                    return new PlanIndicators(summary.planId(), summary.title(), summary.status(), revision.number(),
                            board.progress(revision.content().goals(),
                                    goals.stream().flatMap(goal -> goal.indicators().stream()).toList()),
                            goals);
                })
                .orElseGet(() -> new PlanIndicators(summary.planId(), summary.title(), summary.status(), null, null,
                        List.of()));
    }

    /** One plan's indicators at its point in time. */
    private final class Board {

        private final PlanFollowUp plan;
        private final SeriesRange range;
        private final LocalDate asOf;
        private final ActivityTracking activities;

        Board(PlanFollowUp plan, SeriesRange range) {
            this.plan = plan;
            this.range = range;
            this.asOf = plan.at().asOf();
            this.activities = new ActivityTracking(plan);
        }

        GoalIndicators goal(int revision, Goal goal) {
            List<IndicatorView> indicators = goal.indicators().stream()
                    .map(indicator -> view(new Definition(revision, indicator)))
                    .toList();
            return new GoalIndicators(goal.code(), goal.title(), progress(List.of(goal), indicators), indicators);
        }

        PlanProgress.Progress progress(List<Goal> goals, List<IndicatorView> indicators) {
            Map<IndicatorStatus, Integer> byStatus = new EnumMap<>(IndicatorStatus.class);
            indicators.forEach(indicator -> byStatus.merge(indicator.status(), 1, Integer::sum));
            return new PlanProgress.Progress(activities.counts(goals, asOf), new PlanProgress.IndicatorCounts(
                    indicators.size(), byStatus.getOrDefault(IndicatorStatus.ACHIEVED, 0),
                    byStatus.getOrDefault(IndicatorStatus.ON_TRACK, 0),
                    byStatus.getOrDefault(IndicatorStatus.AT_RISK, 0),
                    byStatus.getOrDefault(IndicatorStatus.OVERDUE, 0),
                    byStatus.getOrDefault(IndicatorStatus.NO_DATA, 0)));
        }

        private IndicatorView view(Definition shown) {
            Indicator indicator = shown.indicator();
            List<Reading> readings = readings(indicator);
            Reading current = readings.isEmpty() ? null : readings.get(readings.size() - 1);
            Definition judgedBy = current == null ? shown : definitionOn(current.date(), shown);
            Judgement judgement = StatusFormula.judge(judgedBy.indicator(), current, asOf);
            LocalDate seriesStart = indicator.source().kind().derived() ? plan.summary().periodStart() : null;
            List<IndicatorPoint> series = range == null ? List.of() : readings.stream()
                    .filter(reading -> range.contains(reading.date(), seriesStart, asOf))
                    .map(reading -> {
                        Definition definition = definitionOn(reading.date(), shown);
                        return IndicatorPoint.of(reading,
                                StatusFormula.judge(definition.indicator(), reading, reading.date()),
                                definition.revision());
                    })
                    .toList();
            return new IndicatorView(indicator.code(), indicator.name(), indicator.unit(), indicator.description(),
                    indicator.baseline(), indicator.target(), indicator.direction(), indicator.source(),
                    current == null ? null : current.value(), current == null ? null : current.answer(),
                    current == null ? null : current.evidence(), current == null ? null : current.date(),
                    judgement.status(), judgement.reason(), judgement.progressPercent(),
                    judgement.expectedProgressPercent(), judgedBy.revision(), series);
        }

        /** The indicator's values up to asOf, by date. */
        private List<Reading> readings(Indicator indicator) {
            IndicatorSource source = indicator.source();
            return switch (source.kind()) {
                case MANUAL, COMPLIANCE -> recorded(indicator.code());
                case ACTIVITY_COMPLETION -> computedDates().stream()
                        .flatMap(date -> activities.completionOn(date, source.goalCode())
                                .map(completion -> Reading.computed(date, completion)).stream())
                        .toList();
                default -> new TreeMap<>(derivedFigures.valuesAt(plan.municipalityId(), source, computedDates(),
                        plan.at().knownAt())).entrySet().stream()
                        .map(value -> Reading.computed(value.getKey(), value.getValue()))
                        .toList();
            };
        }

        /** One value per date: a later recording of the same date corrects the earlier one. */
        private List<Reading> recorded(String code) {
            Map<LocalDate, IndicatorValueRecorded> byDate = new TreeMap<>();
            plan.indicatorValues().stream()
                    .filter(value -> value.indicatorCode().equals(code))
                    .forEach(value -> byDate.put(value.asOf(), value));
            return byDate.values().stream()
                    .map(value -> new Reading(value.asOf(), value.value(), value.answer(), value.evidence(),
                            value.note(), value.source()))
                    .toList();
        }

        /** asOf, and with a series the month ends in its range (from the plan's period start unless asked). */
        private SortedSet<LocalDate> computedDates() {
            SortedSet<LocalDate> dates = new TreeSet<>(List.of(asOf));
            if (range != null) {
                LocalDate start = range.from() != null ? range.from() : plan.summary().periodStart();
                LocalDate end = range.end(asOf);
                for (YearMonth month = YearMonth.from(start); !month.atEndOfMonth().isAfter(end);
                     month = month.plusMonths(1)) {
                    dates.add(month.atEndOfMonth());
                }
            }
            return dates;
        }

        /** The definition in force on {@code date}; the one shown where the indicator was not defined then. */
        private Definition definitionOn(LocalDate date, Definition shown) {
            String code = shown.indicator().code();
            return plan.revisionInForceOn(date)
                    .flatMap(revision -> revision.content().goals().stream()
                            .flatMap(goal -> goal.indicators().stream())
                            .filter(indicator -> indicator.code().equals(code))
                            .findFirst()
                            .map(indicator -> new Definition(revision.number(), indicator)))
                    .orElse(shown);
        }
    }
}
