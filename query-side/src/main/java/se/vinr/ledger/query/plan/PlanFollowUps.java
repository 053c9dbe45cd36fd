package se.vinr.ledger.query.plan;

import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.PointInTime;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Plans as the follow-up views see them, read from the plan timeline. */
@Component
public class PlanFollowUps {

    private final PlanTimelines timelines;
    private final KnownMunicipalities municipalities;

    PlanFollowUps(PlanTimelines timelines, KnownMunicipalities municipalities) {
        this.timelines = timelines;
        this.municipalities = municipalities;
    }

    /** The municipality's plans that existed at that point in time, by start of period; an unknown one: not found. */
    public List<PlanFollowUp> ofMunicipality(MunicipalityId municipalityId, PointInTime at) {
        if (!municipalities.contains(municipalityId)) {
            throw NotFoundException.municipality(municipalityId);
        }
        return timelines.ofMunicipality(municipalityId).stream()
                .collect(Collectors.groupingBy(entry -> entry.event().planId().value()))
                .values().stream()
                .map(entries -> PlanFollowUp.of(entries, at))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(PlanFollowUp::summary, PlanSummaries.BY_PERIOD))
                .toList();
    }

    /**
     * The municipality's plans, or only {@code planId} where it is given (not found if it did not exist then), at
     * that point in time.
     */
    public List<PlanFollowUp> of(MunicipalityId municipalityId, PlanId planId, PointInTime at) {
        List<PlanFollowUp> plans = ofMunicipality(municipalityId, at);
        if (planId == null) {
            return plans;
        }
        return plans.stream()
                .filter(plan -> plan.summary().planId().equals(planId.value()))
                .findFirst()
                .map(List::of)
                .orElseThrow(() -> NotFoundException.plan(municipalityId, planId));
    }

    /** One plan; not found if it did not exist (or was not yet recorded) at that point in time. */
    public PlanFollowUp ofPlan(MunicipalityId municipalityId, PlanId planId, PointInTime at) {
        return PlanFollowUp.of(timelines.ofPlan(municipalityId, planId), at)
                .orElseThrow(() -> municipalities.missingPlan(municipalityId, planId));
    }
}
