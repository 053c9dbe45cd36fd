package se.vinr.ledger.query.activity;

import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.ActivityStatus;
import se.vinr.ledger.events.plan.ActivityStatusReported;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.Recurrence;
import se.vinr.ledger.query.plan.PlanFollowUp;
import se.vinr.ledger.query.plan.PlanProgress.ActivityCounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static se.vinr.ledger.events.plan.ActivityStatus.CANCELLED;
import static se.vinr.ledger.events.plan.ActivityStatus.DONE;
import static se.vinr.ledger.events.plan.ActivityStatus.IN_PROGRESS;
import static se.vinr.ledger.events.plan.ActivityStatus.NOT_STARTED;

/**
 * The activities of one plan and their statuses on any date up to the plan's point in time: what the activity view
 * lists, and what the progress roll-up and ACTIVITY_COMPLETION indicators count. Statuses are matched by activity
 * code (and occurrence), so a status carries over to a later revision that keeps the activity's code.
 */
public final class ActivityTracking {

    private record Key(String code, LocalDate occurrence) {
    }

    private final PlanFollowUp plan;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    /** Status reports per activity and occurrence (null for a one-off activity), in business order. */
    private final Map<Key, List<ActivityStatusReported>> reports;
    /** The occurrences reported on, per activity code. */
    private final Map<String, List<LocalDate>> reportedOccurrences;
    /** Every due date of each recurrence within the plan's period, worked out once: series ask for many dates. */
    private final Map<Recurrence, NavigableSet<LocalDate>> dueDates = new HashMap<>();

    public ActivityTracking(PlanFollowUp plan) {
        this.plan = plan;
        this.periodStart = plan.summary().periodStart();
        this.periodEnd = plan.summary().periodEnd();
        this.reports = plan.activityStatuses().stream()
                .collect(Collectors.groupingBy(report -> new Key(report.activityCode(), report.occurrence())));
        this.reportedOccurrences = reports.keySet().stream()
                .filter(key -> key.occurrence() != null)
                .collect(Collectors.groupingBy(Key::code, Collectors.mapping(Key::occurrence, Collectors.toList())));
    }

    /** The activities of the revision in force at the plan's point in time, in the plan's order. */
    public List<ActivityView> views() {
        LocalDate asOf = plan.at().asOf();
        LocalDate yearEnd = LocalDate.of(asOf.getYear(), 12, 31);
        return plan.revisionInForce().stream()
                .flatMap(revision -> revision.content().goals().stream()
                        .flatMap(goal -> goal.activities().stream()
                                .map(activity -> view(revision.number(), goal, activity, asOf, yearEnd))))
                .toList();
    }

    /**
     * The share (percent) of the activities done on {@code date}, of one goal (null: of all goals) of the revision in
     * force then; empty when there is no such revision or goal, or nothing counts.
     */
    public Optional<BigDecimal> completionOn(LocalDate date, String goalCode) {
        return plan.revisionInForceOn(date)
                .map(revision -> revision.content().goals().stream()
                        .filter(goal -> goalCode == null || goal.code().equals(goalCode))
                        .toList())
                .filter(goals -> !goals.isEmpty())
                .map(goals -> counts(goals, date).completionPercent());
    }

    /**
     * The activities of {@code goals} on {@code date} by status: every one-off activity, and of recurring ones the
     * occurrences due by then or already done (later ones cannot be expected yet).
     */
    public ActivityCounts counts(Collection<Goal> goals, LocalDate date) {
        return count(goals.stream()
                .flatMap(goal -> goal.activities().stream())
                .flatMap(activity -> counted(activity, date))
                .toList());
    }

    static ActivityCounts count(List<ActivityView.Occurrence> items) {
        Map<ActivityStatus, Integer> byStatus = new EnumMap<>(ActivityStatus.class);
        items.forEach(item -> byStatus.merge(item.status(), 1, Integer::sum));
        int done = byStatus.getOrDefault(DONE, 0);
        int cancelled = byStatus.getOrDefault(CANCELLED, 0);
        int counted = items.size() - cancelled;
        return new ActivityCounts(items.size(), byStatus.getOrDefault(NOT_STARTED, 0),
                byStatus.getOrDefault(IN_PROGRESS, 0), done, cancelled,
                (int) items.stream().filter(ActivityView.Occurrence::overdue).count(),
                counted == 0 ? null : BigDecimal.valueOf(done * 100L)
                        .divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP));
    }

    private Stream<ActivityView.Occurrence> counted(Activity activity, LocalDate date) {
        Recurrence recurrence = recurrence(activity);
        if (recurrence == null) {
            return Stream.of(item(activity.code(), null, dueDate(activity), date));
        }
        return occurrences(activity, recurrence, date).stream()
                .map(due -> item(activity.code(), due, due, date))
                .filter(item -> !item.dueDate().isAfter(date) || item.status() == DONE);
    }

    private ActivityView view(int revision, Goal goal, Activity activity, LocalDate asOf, LocalDate yearEnd) {
        Recurrence recurrence = recurrence(activity);
        String timing = activity.timing() == null ? null : activity.timing().text();
        if (recurrence == null) {
            ActivityView.Occurrence item = item(activity.code(), null, dueDate(activity), asOf);
            boolean fromPlanPeriod = activity.timing() == null || activity.timing().dueDate() == null;
            return view(revision, goal, activity, timing, null, item, fromPlanPeriod, item.overdue(), List.of());
        }
        List<ActivityView.Occurrence> occurrences = occurrences(activity, recurrence, yearEnd).stream()
                .map(due -> item(activity.code(), due, due, asOf))
                .toList();
        ActivityView.Occurrence current = occurrences.stream()
                .filter(occurrence -> !occurrence.dueDate().isBefore(asOf))
                .findFirst()
                .orElse(occurrences.isEmpty() ? new ActivityView.Occurrence(null, NOT_STARTED, null, null, false)
                        : occurrences.get(occurrences.size() - 1));
        return view(revision, goal, activity, timing, recurrence, current, false,
                occurrences.stream().anyMatch(ActivityView.Occurrence::overdue), occurrences);
    }

    private ActivityView view(int revision, Goal goal, Activity activity, String timing, Recurrence recurrence,
                              ActivityView.Occurrence current, boolean dueDateFromPlanPeriod, boolean overdue,
                              List<ActivityView.Occurrence> occurrences) {
        return new ActivityView(plan.summary().planId(), revision, goal.code(), goal.title(), activity.code(),
                activity.description(), activity.targetGroups(), activity.responsibleBodies(), timing, recurrence,
                current.dueDate(), dueDateFromPlanPeriod, current.status(), current.statusAsOf(), current.note(),
                overdue, occurrences);
    }

    /** An activity (or occurrence) on {@code date}: the latest status reported as of then. */
    private ActivityView.Occurrence item(String code, LocalDate occurrence, LocalDate dueDate, LocalDate date) {
        ActivityStatusReported latest = null;
        // in business order, i.e. by asOf: the last one by the date is the latest
        for (ActivityStatusReported report : reports.getOrDefault(new Key(code, occurrence), List.of())) {
            if (report.asOf().isAfter(date)) {
                break;
            }
            latest = report;
        }
        ActivityStatus status = latest == null ? NOT_STARTED : latest.status();
        boolean overdue = dueDate != null && dueDate.isBefore(date) && status != DONE && status != CANCELLED;
        return new ActivityView.Occurrence(dueDate, status, latest == null ? null : latest.asOf(),
                latest == null ? null : latest.note(), overdue);
    }

    /**
     * The occurrences in the plan's period due by {@code until}, and any reported on. Those due by {@code until} are
     * those of the whole period up to it: an occurrence due by then is the due date of its own month.
     */
    private SortedSet<LocalDate> occurrences(Activity activity, Recurrence recurrence, LocalDate until) {
        SortedSet<LocalDate> occurrences = new TreeSet<>(dueDates
                .computeIfAbsent(recurrence, all -> Occurrences.dueDates(all, periodStart, periodEnd, periodEnd))
                .headSet(until, true));
        occurrences.addAll(reportedOccurrences.getOrDefault(activity.code(), List.of()));
        return occurrences;
    }

    /** A one-off activity is due on its timing's due date, else by the end of the plan's period. */
    private LocalDate dueDate(Activity activity) {
        return activity.timing() != null && activity.timing().dueDate() != null ? activity.timing().dueDate()
                : periodEnd;
    }

    private static Recurrence recurrence(Activity activity) {
        return activity.timing() == null ? null : activity.timing().recurrence();
    }
}
