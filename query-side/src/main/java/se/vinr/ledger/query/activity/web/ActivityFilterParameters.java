package se.vinr.ledger.query.activity.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.plan.ActivityStatus;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.activity.FindActivities;
import se.vinr.ledger.query.web.InvalidRequestException;
import se.vinr.ledger.query.web.RequestParameters;

import java.util.Arrays;

/** The filters of the activity view, parsed here so that a malformed one answers 400 naming it. */
record ActivityFilterParameters(
        @Parameter(description = "Only the activities of this plan", example = "vinr-2022-2023") String planId,
        @Parameter(description = "Only activities with this status",
                schema = @Schema(implementation = ActivityStatus.class)) String status,
        @Parameter(description = "true: only overdue activities; false: only those not overdue",
                schema = @Schema(type = "boolean")) String overdue) {

    FindActivities toQuery(MunicipalityId municipalityId, PointInTime at) {
        return new FindActivities(municipalityId, blank(planId) ? null : RequestParameters.planId(planId),
                blank(status) ? null : status(status), blank(overdue) ? null : overdue(overdue), at);
    }

    private static ActivityStatus status(String value) {
        return Arrays.stream(ActivityStatus.values())
                .filter(status -> status.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("status", "status must be one of "
                        + Arrays.toString(ActivityStatus.values()) + ", got '" + value + "'"));
    }

    private static boolean overdue(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidRequestException("overdue", "overdue must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
