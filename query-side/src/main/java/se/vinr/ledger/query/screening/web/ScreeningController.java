package se.vinr.ledger.query.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.query.Tracking;
import se.vinr.ledger.query.projection.ReadsProjections;
import se.vinr.ledger.query.screening.FindScreenings;
import se.vinr.ledger.query.screening.ScreeningOverview;
import se.vinr.ledger.query.web.DateRangeParameters;
import se.vinr.ledger.query.web.MunicipalityViewResponses;
import se.vinr.ledger.query.web.PointInTimeParameters;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import static se.vinr.ledger.query.web.RequestParameters.municipalityId;

@RestController
@Access(Role.VIEWER)
@ReadsProjections(Tracking.PROCESSING_GROUP)
@Tag(name = "Screenings", description = "Screenings per instrument, department and unit")
@MunicipalityViewResponses
class ScreeningController {

    private final QueryGateway queryGateway;

    ScreeningController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/municipalities/{municipalityId}/screenings")
    @Operation(summary = "Screenings per instrument, department and unit",
            description = "Counts of the periods that had ended by asOf; of several records for the same unit, "
                    + "instrument and period the latest recorded stands. from and to keep only the periods that lie "
                    + "within them.")
    @ApiResponse(responseCode = "200", description = "The screenings")
    ScreeningOverview screenings(@Parameter(example = "sundbyberg") @PathVariable String municipalityId,
                                 @ParameterObject PointInTimeParameters time,
                                 @ParameterObject DateRangeParameters period) {
        FindScreenings query = new FindScreenings(municipalityId(municipalityId), time.toPointInTime(),
                period.fromDate(), period.toDate());
        return queryGateway.query(query, ResponseTypes.instanceOf(ScreeningOverview.class)).join();
    }
}
