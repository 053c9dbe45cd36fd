package se.vinr.ledger.query.keyperson.web;

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
import se.vinr.ledger.query.keyperson.FindKeyPersonCoverage;
import se.vinr.ledger.query.keyperson.KeyPersonCoverage;
import se.vinr.ledger.query.projection.ReadsProjections;
import se.vinr.ledger.query.web.MunicipalityViewResponses;
import se.vinr.ledger.query.web.PointInTimeParameters;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import static se.vinr.ledger.query.web.RequestParameters.municipalityId;

@RestController
@Access(Role.VIEWER)
@ReadsProjections(Tracking.PROCESSING_GROUP)
@Tag(name = "Key persons", description = "Units with and without an active key person, counted and reported totals")
@MunicipalityViewResponses
class KeyPersonCoverageController {

    private final QueryGateway queryGateway;

    KeyPersonCoverageController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/municipalities/{municipalityId}/key-persons/coverage")
    @Operation(summary = "Units with and without an active key person on a date",
            description = "Counted figures (key persons registered one by one, active on asOf) per unit, department "
                    + "and for the municipality, and apart from them the latest total a document reports for a date "
                    + "by asOf. Each figure says whether it is COUNTED or REPORTED.")
    @ApiResponse(responseCode = "200", description = "The coverage")
    KeyPersonCoverage keyPersonCoverage(@Parameter(example = "gotland") @PathVariable String municipalityId,
                                        @ParameterObject PointInTimeParameters time) {
        return queryGateway.query(new FindKeyPersonCoverage(municipalityId(municipalityId), time.toPointInTime()),
                ResponseTypes.instanceOf(KeyPersonCoverage.class)).join();
    }
}
