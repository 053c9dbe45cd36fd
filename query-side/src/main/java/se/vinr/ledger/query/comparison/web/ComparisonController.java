package se.vinr.ledger.query.comparison.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.query.Tracking;
import se.vinr.ledger.query.comparison.FindIndicatorComparison;
import se.vinr.ledger.query.comparison.IndicatorComparison;
import se.vinr.ledger.query.organisation.OrganisationProjection;
import se.vinr.ledger.query.projection.ReadsProjections;
import se.vinr.ledger.query.web.PointInTimeParameters;
import se.vinr.ledger.web.problem.Problem;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

@RestController
@Access(Role.COMPARISON)
@ReadsProjections({Tracking.PROCESSING_GROUP, OrganisationProjection.PROCESSING_GROUP})
@Tag(name = "Comparison", description = "Figures of every municipality side by side")
class ComparisonController {

    private final QueryGateway queryGateway;

    ComparisonController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/comparison/indicators")
    @Operation(summary = "Comparable figures of every municipality, each with its date",
            description = "Training coverage per course, key persons per 1,000 staff (counted, or the reported "
                    + "total where none is counted, saying which), share of units with a key person, and meetings "
                    + "held against required per series in asOf's year.")
    @ApiResponse(responseCode = "200", description = "The municipalities' figures, by municipality id")
    @ApiResponse(responseCode = "400", description = "Malformed asOf or knownAt",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    IndicatorComparison compareIndicators(@ParameterObject PointInTimeParameters time) {
        return queryGateway.query(new FindIndicatorComparison(time.toPointInTime()),
                ResponseTypes.instanceOf(IndicatorComparison.class)).join();
    }
}
