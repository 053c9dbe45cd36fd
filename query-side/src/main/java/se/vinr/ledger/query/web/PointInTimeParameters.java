package se.vinr.ledger.query.web;

import io.swagger.v3.oas.annotations.Parameter;
import se.vinr.ledger.query.PointInTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code asOf} and {@code knownAt} query parameters every read takes, bound as one object
 * ({@code @ParameterObject}) and parsed here so that a malformed value answers 400 with the field named.
 */
public record PointInTimeParameters(
        @Parameter(description = "Business date to see the data as it stood on: a date, or an instant with offset "
                + "whose date is used. Default: today (Europe/Stockholm).", example = "2021-01-31")
        String asOf,
        @Parameter(description = "Recording instant (with offset): only what had been recorded by then counts. "
                + "Default: everything recorded.", example = "2021-06-30T12:00:00Z")
        String knownAt) {

    public PointInTime toPointInTime() {
        LocalDate date = blank(asOf) ? PointInTime.today().asOf() : parseAsOf(asOf);
        Instant instant = RequestParameters.instant("knownAt", knownAt);
        return new PointInTime(date, instant);
    }

    private static LocalDate parseAsOf(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            try {
                date = OffsetDateTime.parse(RequestParameters.plusSigns(value)).toLocalDate();
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("asOf", "asOf must be a date (2021-01-31) or an instant with offset "
                        + "(2021-01-31T12:00:00+01:00), got '" + value + "'");
            }
        }
        return RequestParameters.within("asOf", date, value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
