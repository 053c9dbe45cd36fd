package se.vinr.ledger.query.organisation;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vinr.ledger.query.plan.PlanStatus;

public record MunicipalitySummary(
        @Schema(example = "goteborg") String id,
        @Schema(example = "Göteborgs Stad") String name,
        @Schema(example = "1480") String municipalityCode,
        @Schema(description = "The adopted plan in force, else the plan in preparation (latest period first); "
                + "null if there is neither")
        ActivePlan activePlan) {

    public record ActivePlan(String id, String title, PlanStatus status) {
    }
}
