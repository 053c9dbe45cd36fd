package se.vinr.ledger.query.audit.web;

import io.swagger.v3.oas.annotations.Parameter;
import se.vinr.ledger.query.audit.AuditFilter;
import se.vinr.ledger.query.web.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDate;

import static se.vinr.ledger.query.web.RequestParameters.date;
import static se.vinr.ledger.query.web.RequestParameters.instant;

/** The filters of the event log; each is optional, together they all apply. */
record AuditFilterParameters(
        @Parameter(description = "Aggregate identifier", example = "gotland/plan/son-2022-229") String aggregate,
        @Parameter(description = "Event type (simple name)", example = "PlanDecisionRecorded") String type,
        @Parameter(description = "Who sent the command", example = "importer") String user,
        @Parameter(description = "The request's correlation id") String correlationId,
        @Parameter(description = "Recorded at or after this instant (with offset)", example = "2023-01-01T00:00:00Z")
        String recordedFrom,
        @Parameter(description = "Recorded at or before this instant (with offset); the log as known then")
        String recordedTo,
        @Parameter(description = "Business date on or after (events without one are left out)", example = "2022-01-01")
        String businessFrom,
        @Parameter(description = "Business date on or before (events without one are left out)") String businessTo) {

    AuditFilter toFilter(String municipalityId) {
        Instant from = instant("recordedFrom", recordedFrom);
        Instant to = instant("recordedTo", recordedTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("recordedTo", "recordedTo must not be before recordedFrom");
        }
        LocalDate businessStart = date("businessFrom", businessFrom);
        LocalDate businessEnd = date("businessTo", businessTo);
        if (businessStart != null && businessEnd != null && businessStart.isAfter(businessEnd)) {
            throw new InvalidRequestException("businessTo", "businessTo must not be before businessFrom");
        }
        return new AuditFilter(municipalityId, blankToNull(correlationId), blankToNull(aggregate), blankToNull(type),
                blankToNull(user), from, to, businessStart, businessEnd, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
