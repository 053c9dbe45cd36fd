package se.vinr.ledger.query.activity.web;

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
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.query.activity.MunicipalityActivities;
import se.vinr.ledger.query.plan.PlanProjection;
import se.vinr.ledger.query.projection.ReadsProjections;
import se.vinr.ledger.query.web.PointInTimeParameters;
import se.vinr.ledger.web.problem.Problem;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import static se.vinr.ledger.query.web.RequestParameters.municipalityId;

@RestController
@Access(Role.VIEWER)
@ReadsProjections(PlanProjection.PROCESSING_GROUP)
@Tag(name = "Activities", description = "The activities of a municipality's plans: status, due date, overdue")
class ActivityController {

    private final QueryGateway queryGateway;

    ActivityController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/municipalities/{municipalityId}/activities")
    @Operation(summary = "The activities of each plan's revision in force, as of a date",
            description = "Per activity: plan, goal, code, description, responsible bodies, timing, due date, the "
                    + "latest status reported as of asOf (NOT_STARTED when none), whether it is overdue, and for a "
                    + "recurring activity each occurrence with its own status.")
    @ApiResponse(responseCode = "200", description = "The activities, plan by plan in the plans' order")
    @ApiResponse(responseCode = "400", description = "Malformed id, filter, asOf or knownAt",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Unknown municipality, or plan unknown at that point in time",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    MunicipalityActivities activities(@Parameter(example = "gotland") @PathVariable String municipalityId,
                                      @ParameterObject ActivityFilterParameters filter,
                                      @ParameterObject PointInTimeParameters time) {
        return queryGateway.query(filter.toQuery(municipalityId(municipalityId), time.toPointInTime()),
                ResponseTypes.instanceOf(MunicipalityActivities.class)).join();
    }
}
