package se.vinr.ledger.query.indicator.web;

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
import se.vinr.ledger.query.indicator.FindFollowUpReports;
import se.vinr.ledger.query.indicator.MunicipalityIndicators;
import se.vinr.ledger.query.indicator.PlanFollowUpReports;
import se.vinr.ledger.query.plan.PlanProjection;
import se.vinr.ledger.query.projection.ReadsProjections;
import se.vinr.ledger.query.web.PointInTimeParameters;
import se.vinr.ledger.web.problem.Problem;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import static se.vinr.ledger.query.web.RequestParameters.municipalityId;
import static se.vinr.ledger.query.web.RequestParameters.planId;

@RestController
@Access(Role.VIEWER)
@ReadsProjections({PlanProjection.PROCESSING_GROUP, Tracking.PROCESSING_GROUP})
@RequestMapping("/api/municipalities/{municipalityId}")
@Tag(name = "Indicators and follow-up", description = "Indicators with values, series and status; progress; "
        + "follow-up reports with the figures of their date")
@ApiResponse(responseCode = "400", description = "Malformed id, date, asOf or knownAt",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "Unknown municipality, or plan unknown at that point in time",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
class IndicatorController {

    private final QueryGateway queryGateway;

    IndicatorController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/indicators")
    @Operation(summary = "The indicators of each plan's revision in force, goal by goal, as of a date",
            description = "Per indicator: definition (baseline, target, direction, source), the current value (the "
                    + "latest on or before asOf) with its date, progress and status judged on asOf, and the series "
                    + "from 'from' to 'to', each value judged on its date against the definition in force then. "
                    + "Per goal and plan: activities by status and indicators by status. Status formula: README, "
                    + "'Indicator status'.")
    @ApiResponse(responseCode = "200", description = "The plans (by start of period) with their indicators")
    MunicipalityIndicators indicators(@Parameter(example = "sundbyberg") @PathVariable String municipalityId,
                                      @ParameterObject SeriesParameters series,
                                      @ParameterObject PointInTimeParameters time) {
        return queryGateway.query(series.toQuery(municipalityId(municipalityId), time.toPointInTime()),
                ResponseTypes.instanceOf(MunicipalityIndicators.class)).join();
    }

    @GetMapping("/plans/{planId}/follow-up-reports")
    @Operation(summary = "A plan's follow-up reports with the figures as they stood on each report's date",
            description = "Each report (kind, date, revision, assessments) with the plan's indicators and progress "
                    + "as of the report's date, counting only what had been recorded when the report was.")
    @ApiResponse(responseCode = "200", description = "The reports, by date")
    PlanFollowUpReports followUpReports(@Parameter(example = "gotland") @PathVariable String municipalityId,
                                        @Parameter(example = "vinr-2022-2023") @PathVariable String planId,
                                        @ParameterObject PointInTimeParameters time) {
        FindFollowUpReports query = new FindFollowUpReports(municipalityId(municipalityId), planId(planId),
                time.toPointInTime());
        return queryGateway.query(query, ResponseTypes.instanceOf(PlanFollowUpReports.class)).join();
    }
}
