package se.vinr.ledger.query.organisation;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.vinr.ledger.query.plan.PlanSummaries;
import se.vinr.ledger.query.plan.PlanSummary;

import java.util.List;
import java.util.Map;

@Component
class MunicipalityQueryHandler {

    private final Municipalities municipalities;
    private final PlanSummaries planSummaries;

    MunicipalityQueryHandler(Municipalities municipalities, PlanSummaries planSummaries) {
        this.municipalities = municipalities;
        this.planSummaries = planSummaries;
    }

    @QueryHandler
    List<MunicipalitySummary> handle(FindMunicipalities query) {
        Map<String, PlanSummary> activePlans = planSummaries.activePlans(query.at());
        return municipalities.knownAt(query.at()).stream()
                .filter(municipality -> query.readable() == null || query.readable().contains(municipality.id()))
                .map(municipality -> new MunicipalitySummary(municipality.id(), municipality.name(),
                        municipality.municipalityCode(), activePlan(activePlans.get(municipality.id()))))
                .toList();
    }

    private static MunicipalitySummary.ActivePlan activePlan(PlanSummary plan) {
        return plan == null ? null : new MunicipalitySummary.ActivePlan(plan.planId(), plan.title(), plan.status());
    }
}
