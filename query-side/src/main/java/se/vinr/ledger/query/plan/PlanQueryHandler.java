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

    PlanQueryHandler(PlanTimelines timelines, PlanSummaries summaries, KnownMunicipalities municipalities,
                     ObjectMapper objectMapper) {
        this.timelines = timelines;
        this.summaries = summaries;
        this.municipalities = municipalities;
        this.historyFold = new PlanHistoryFold(objectMapper);
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
        return PlanFold.fold(visibleTimeline(query.municipalityId(), query.planId(), query.at()), query.at());
    }

    @QueryHandler
    PlanHistory handle(FindPlanHistory query) {
        return historyFold.history(visibleTimeline(query.municipalityId(), query.planId(), query.at()), query.at());
    }

    private PlanTimeline visibleTimeline(MunicipalityId municipalityId, PlanId planId, PointInTime at) {
        PlanTimeline timeline = PlanTimeline.visibleAt(timelines.ofPlan(municipalityId, planId), at);
        if (timeline.isEmpty()) {
            throw NotFoundException.plan(municipalityId, planId);
        }
        return timeline;
    }
}
