package se.vinr.ledger.query.training.web;

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
import se.vinr.ledger.query.training.FindTrainingCoverage;
import se.vinr.ledger.query.training.TrainingCoverage;
import se.vinr.ledger.query.web.MunicipalityViewResponses;
import se.vinr.ledger.query.web.PointInTimeParameters;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import static se.vinr.ledger.query.web.RequestParameters.municipalityId;

@RestController
@Access(Role.VIEWER)
@ReadsProjections(Tracking.PROCESSING_GROUP)
@Tag(name = "Training", description = "Course completions against staff, and the stimulus owed")
@MunicipalityViewResponses
class TrainingCoverageController {

    private final QueryGateway queryGateway;

    TrainingCoverageController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/municipalities/{municipalityId}/training-coverage")
    @Operation(summary = "Training coverage per unit, department and course, with municipality totals",
            description = "Completions (individual and counted) by asOf, headcount as of asOf, coverage in percent "
                    + "(null when a headcount is unknown) and stimulus owed (completions × stimulus per "
                    + "certificate). Counted batches that name no unit count in the municipality total only.")
    @ApiResponse(responseCode = "200", description = "The coverage")
    TrainingCoverage trainingCoverage(@Parameter(example = "gotland") @PathVariable String municipalityId,
                                      @ParameterObject PointInTimeParameters time) {
        return queryGateway.query(new FindTrainingCoverage(municipalityId(municipalityId), time.toPointInTime()),
                ResponseTypes.instanceOf(TrainingCoverage.class)).join();
    }
}
