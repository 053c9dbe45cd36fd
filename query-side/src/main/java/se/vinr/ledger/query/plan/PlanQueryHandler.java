package se.vinr.ledger.query.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.PointInTime;

import java.util.List;

@Component
public class PlanQueryHandler {

    private final PlanTimelines timelines;
    private final PlanSummaries summaries;
    private final KnownMunicipalities municipalities;
    private final PlanHistoryFold historyFold;
    private final PlanFollowUps followUps;
    private final FollowUpProgress progress;

    PlanQueryHandler(PlanTimelines timelines, PlanSummaries summaries, KnownMunicipalities municipalities,
                     ObjectMapper objectMapper, PlanFollowUps followUps, FollowUpProgress progress) {
        this.timelines = timelines;
        this.summaries = summaries;
        this.municipalities = municipalities;
        this.historyFold = new PlanHistoryFold(objectMapper);
        this.followUps = followUps;
        this.progress = progress;
    }

    @QueryHandler
    List<PlanSummary> handle(FindPlans query) {
        if (!municipalities.contains(query.municipalityId())) {
            throw NotFoundException.municipality(query.municipalityId());
        }
        return summaries.of(query.municipalityId(), query.at());
    }

    @QueryHandler
    PlanDetails handle(FindPlan query) {
        PlanFollowUp plan = followUps.ofPlan(query.municipalityId(), query.planId(), query.at());
        return plan.details().withProgress(progress.of(plan));
    }

    @QueryHandler
    PlanHistory handle(FindPlanHistory query) {
        return historyFold.history(visibleTimeline(query.municipalityId(), query.planId(), query.at()), query.at());
    }

    private PlanTimeline visibleTimeline(MunicipalityId municipalityId, PlanId planId, PointInTime at) {
        PlanTimeline timeline = PlanTimeline.visibleAt(timelines.ofPlan(municipalityId, planId), at);
        if (timeline.isEmpty()) {
            throw municipalities.missingPlan(municipalityId, planId);
        }
        return timeline;
    }
}
