package se.vinr.ledger.query.web;

import se.vinr.ledger.events.common.DateLimits;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * Request values turned into ids, instants and dates; a malformed one is the client's mistake (400), never a server
 * error.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static MunicipalityId municipalityId(String value) {
        return parse("municipalityId", value, MunicipalityId::new);
    }

    public static PlanId planId(String value) {
        return parse("planId", value, PlanId::new);
    }

    /** An instant with offset ({@code 2021-06-30T12:00:00Z}); null for a missing or blank value. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(plusSigns(value));
        } catch (DateTimeException e) {
            throw new InvalidRequestException(field, field + " must be an instant with offset "
                    + "(2021-06-30T12:00:00Z or 2021-06-30T14:00:00+02:00), got '" + value + "'");
        }
        within(field, instant.toLocalDate(), value);
        return instant.toInstant();
    }

    /** A date ({@code 2021-01-31}); null for a missing or blank value. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw new InvalidRequestException(field, field + " must be a date (2021-01-31), got '" + value + "'");
        }
        return within(field, date, value);
    }

    /** The date, if the ledger holds such dates at all (see {@link DateLimits}). */
    static LocalDate within(String field, LocalDate date, String value) {
        if (!DateLimits.contains(date)) {
            throw new InvalidRequestException(field, field + " must lie from " + DateLimits.EARLIEST_TEXT + " to "
                    + DateLimits.LATEST_TEXT + ", got '" + value + "'");
        }
        return date;
    }

    /** An offset's '+' sent unencoded in a query string arrives as a space. */
    static String plusSigns(String value) {
        return value.trim().replace(' ', '+');
    }

    private static <T> T parse(String field, String value, Function<String, T> constructor) {
        try {
            return constructor.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, e.getMessage());
        }
    }
}
