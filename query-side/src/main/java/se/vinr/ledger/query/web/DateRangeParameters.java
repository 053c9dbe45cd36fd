package se.vinr.ledger.query.web;

import io.swagger.v3.oas.annotations.Parameter;

import java.time.LocalDate;

import static se.vinr.ledger.query.web.RequestParameters.date;

/** Optional {@code from} and {@code to} dates bounding what a view covers; malformed or reversed ones answer 400. */
public record DateRangeParameters(
        @Parameter(description = "First day covered (a date); default: no limit", example = "2023-01-01") String from,
        @Parameter(description = "Last day covered (a date); default: no limit", example = "2023-12-31") String to) {

    public LocalDate fromDate() {
        return date("from", from);
    }

    /** Parsed, and checked not to lie before {@link #fromDate()}. */
    public LocalDate toDate() {
        LocalDate first = fromDate();
        LocalDate last = date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new InvalidRequestException("to", "to (" + last + ") must not be before from (" + first + ")");
        }
        return last;
    }
}
