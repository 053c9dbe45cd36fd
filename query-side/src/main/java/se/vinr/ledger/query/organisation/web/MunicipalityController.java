package se.vinr.ledger.query.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.query.organisation.FindMunicipalities;
import se.vinr.ledger.query.organisation.MunicipalitySummary;
import se.vinr.ledger.query.organisation.OrganisationProjection;
import se.vinr.ledger.query.projection.ReadsProjections;
import se.vinr.ledger.query.web.PointInTimeParameters;
import se.vinr.ledger.web.problem.Problem;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Grants;
import se.vinr.ledger.web.security.Role;

import java.util.List;

@RestController
@Access(Role.VIEWER)
@ReadsProjections(OrganisationProjection.PROCESSING_GROUP)
@Tag(name = "Municipalities")
class MunicipalityController {

    private final QueryGateway queryGateway;

    MunicipalityController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/municipalities")
    @Operation(summary = "Every municipality the caller may read, with its active plan",
            description = "asOf and knownAt apply to the active plan; knownAt also leaves out municipalities "
                    + "registered later.")
    @ApiResponse(responseCode = "200", description = "The municipalities, by id")
    @ApiResponse(responseCode = "400", description = "Malformed asOf or knownAt",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    List<MunicipalitySummary> municipalities(@ParameterObject PointInTimeParameters time) {
        Grants grants = Grants.of(SecurityContextHolder.getContext().getAuthentication());
        return queryGateway.query(new FindMunicipalities(time.toPointInTime(), grants.readsAll() ? null
                        : grants.readable()),
                ResponseTypes.multipleInstancesOf(MunicipalitySummary.class)).join();
    }
}
