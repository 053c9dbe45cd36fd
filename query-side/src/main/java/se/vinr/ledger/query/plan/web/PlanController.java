package se.vinr.ledger.query.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.query.Tracking;
import se.vinr.ledger.query.plan.FindPlan;
import se.vinr.ledger.query.plan.FindPlanHistory;
import se.vinr.ledger.query.plan.FindPlans;
import se.vinr.ledger.query.plan.PlanDetails;
import se.vinr.ledger.query.plan.PlanHistory;
import se.vinr.ledger.query.plan.PlanProjection;
import se.vinr.ledger.query.plan.PlanSummary;
import se.vinr.ledger.query.projection.ReadsProjections;
import se.vinr.ledger.query.web.PointInTimeParameters;
import se.vinr.ledger.web.problem.Problem;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import java.util.List;

import static se.vinr.ledger.query.web.RequestParameters.municipalityId;
import static se.vinr.ledger.query.web.RequestParameters.planId;

@RestController
@Access(Role.VIEWER)
// the plan view rolls up indicator statuses, some of them derived from the tracking figures
@ReadsProjections({PlanProjection.PROCESSING_GROUP, Tracking.PROCESSING_GROUP})
@RequestMapping("/api/municipalities/{municipalityId}/plans")
@Tag(name = "Plans", description = "Plans, their status and content as of any date, and their history")
@ApiResponse(responseCode = "400", description = "Malformed id, asOf or knownAt",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "Unknown municipality, or plan unknown at that point in time",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
class PlanController {

    private final QueryGateway queryGateway;

    PlanController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping
    @Operation(summary = "A municipality's plans with their status",
            description = "Status is one of DRAFT, IN_CONSULTATION, REFERRED_BACK, APPROVED, ADOPTED, SUPERSEDED, "
                    + "EXPIRED as of the given date.")
    @ApiResponse(responseCode = "200", description = "The plans that existed then, by start of period")
    List<PlanSummary> plans(@Parameter(example = "goteborg") @PathVariable String municipalityId,
                            @ParameterObject PointInTimeParameters time) {
        FindPlans query = new FindPlans(municipalityId(municipalityId), time.toPointInTime());
        return queryGateway.query(query, ResponseTypes.multipleInstancesOf(PlanSummary.class)).join();
    }

    @GetMapping("/{planId}")
    @Operation(summary = "A plan as it stood on a date",
            description = "Status, content in force, the revision being prepared, decisions and consultations, "
                    + "folded from what happened up to asOf and was recorded by knownAt.")
    @ApiResponse(responseCode = "200", description = "The plan")
    PlanDetails plan(@Parameter(example = "goteborg") @PathVariable String municipalityId,
                     @Parameter(example = "vinr-2021-2024") @PathVariable String planId,
                     @ParameterObject PointInTimeParameters time) {
        FindPlan query = new FindPlan(municipalityId(municipalityId), planId(planId), time.toPointInTime());
        return queryGateway.query(query, ResponseTypes.instanceOf(PlanDetails.class)).join();
    }

    @GetMapping("/{planId}/history")
    @Operation(summary = "A plan's history",
            description = "Every drafting, revision, consultation, response, decision and transfer in business-date "
                    + "order, who recorded it and when, and for each revision after the first what changed.")
    @ApiResponse(responseCode = "200", description = "The history")
    PlanHistory planHistory(@Parameter(example = "goteborg") @PathVariable String municipalityId,
                            @Parameter(example = "vinr-2021-2024") @PathVariable String planId,
                            @ParameterObject PointInTimeParameters time) {
        FindPlanHistory query = new FindPlanHistory(municipalityId(municipalityId), planId(planId),
                time.toPointInTime());
        return queryGateway.query(query, ResponseTypes.instanceOf(PlanHistory.class)).join();
    }
}
