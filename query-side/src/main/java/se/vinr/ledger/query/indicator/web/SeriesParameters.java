package se.vinr.ledger.query.indicator.web;

import io.swagger.v3.oas.annotations.Parameter;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.indicator.FindIndicators;
import se.vinr.ledger.query.web.InvalidRequestException;
import se.vinr.ledger.query.web.RequestParameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The plan and series range of the indicator view, parsed here so that a malformed one answers 400 naming it. */
record SeriesParameters(
        @Parameter(description = "Only the indicators of this plan", example = "handlingsplan-2018-2020")
        String planId,
        @Parameter(description = "First date of the series. Default: values recorded by hand from the first; "
                + "computed values from the start of the plan's period", example = "2019-01-01")
        String from,
        @Parameter(description = "Last date of the series; no later than asOf (the default)", example = "2019-12-31")
        String to) {

    /** A series is computed month by month: a bound on its length keeps one request from computing centuries. */
    static final int MAX_YEARS = 20;

    FindIndicators toQuery(MunicipalityId municipalityId, PointInTime at) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        LocalDate last = end == null || end.isAfter(at.asOf()) ? at.asOf() : end;
        if (start != null && start.isAfter(last)) {
            throw new InvalidRequestException("from", "from (" + start + ") must not be after to (" + last
                    + ", asOf where to is later or not given)");
        }
        if (start != null && start.plusYears(MAX_YEARS).isBefore(last)) {
            throw new InvalidRequestException("from", "a series spans at most " + MAX_YEARS + " years; from " + start
                    + " is more than that before " + last);
        }
        PlanId plan = planId == null || planId.isBlank() ? null : RequestParameters.planId(planId);
        return new FindIndicators(municipalityId, plan, start, end, at);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be a date (2019-01-31), got '" + value + "'");
        }
    }
}
