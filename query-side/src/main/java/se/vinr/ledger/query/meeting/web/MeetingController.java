package se.vinr.ledger.query.meeting.web;

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
import se.vinr.ledger.query.meeting.FindMeetings;
import se.vinr.ledger.query.meeting.MeetingOverview;
import se.vinr.ledger.query.projection.ReadsProjections;
import se.vinr.ledger.query.web.MunicipalityViewResponses;
import se.vinr.ledger.query.web.PointInTimeParameters;
import se.vinr.ledger.web.security.Access;
import se.vinr.ledger.web.security.Role;

import static se.vinr.ledger.query.web.RequestParameters.municipalityId;

@RestController
@Access(Role.VIEWER)
@ReadsProjections(Tracking.PROCESSING_GROUP)
@Tag(name = "Meetings", description = "Recurring meetings held against the required frequency")
@MunicipalityViewResponses
class MeetingController {

    private final QueryGateway queryGateway;

    MeetingController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/municipalities/{municipalityId}/meetings")
    @Operation(summary = "Meetings per series and calendar year, held against required",
            description = "For each series and each year from its first meeting to asOf's year: the meetings held "
                    + "(for asOf's year, held so far), the number required, whether it is met, the participants.")
    @ApiResponse(responseCode = "200", description = "The meetings")
    MeetingOverview meetings(@Parameter(example = "gotland") @PathVariable String municipalityId,
                             @ParameterObject PointInTimeParameters time) {
        return queryGateway.query(new FindMeetings(municipalityId(municipalityId), time.toPointInTime()),
                ResponseTypes.instanceOf(MeetingOverview.class)).join();
    }
}
