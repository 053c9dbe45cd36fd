package se.vinr.ledger.query.plan;

import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Plans folded to their summaries, per municipality. */
@Component
public class PlanSummaries {

    static final Comparator<PlanSummary> BY_PERIOD = Comparator
            .comparing(PlanSummary::periodStart, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PlanSummary::planId);

    /** The plan in force wins; otherwise the plan being prepared; the later period breaks ties. */
    private static final Comparator<PlanSummary> ACTIVE_FIRST = Comparator
            .comparing((PlanSummary plan) -> plan.status() == PlanStatus.ADOPTED)
            .thenComparing(BY_PERIOD);

    private final PlanTimelines timelines;

    PlanSummaries(PlanTimelines timelines) {
        this.timelines = timelines;
    }

    /** The municipality's plans that existed at that point in time, by start of period. */
    List<PlanSummary> of(MunicipalityId municipalityId, PointInTime at) {
        return summaries(byPlan(timelines.ofMunicipality(municipalityId)), at).sorted(BY_PERIOD).toList();
    }

    /**
     * Per municipality id, the plan it works under (the adopted one) or, lacking one, towards (a plan in
     * preparation). Municipalities whose plans are all superseded or expired have none.
     */
    public Map<String, PlanSummary> activePlans(PointInTime at) {
        Map<String, PlanSummary> active = new HashMap<>();
        timelines.all().stream()
                .collect(Collectors.groupingBy(entry -> entry.event().municipalityId().value()))
                .forEach((municipalityId, entries) -> summaries(byPlan(entries), at)
                        .filter(plan -> !plan.status().isHistory())
                        .max(ACTIVE_FIRST)
                        .ifPresent(plan -> active.put(municipalityId, plan)));
        return active;
    }

    private static Collection<List<TimelineEntry>> byPlan(List<TimelineEntry> entries) {
        return entries.stream().collect(Collectors.groupingBy(entry -> entry.event().planId().value())).values();
    }

    private static Stream<PlanSummary> summaries(Collection<List<TimelineEntry>> plans, PointInTime at) {
        return plans.stream()
                .map(entries -> PlanTimeline.visibleAt(entries, at))
                .filter(timeline -> !timeline.isEmpty())
                .map(timeline -> PlanFold.fold(timeline, at).summary());
    }
}
