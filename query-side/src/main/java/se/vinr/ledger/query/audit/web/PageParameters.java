package se.vinr.ledger.query.audit.web;

import io.swagger.v3.oas.annotations.Parameter;
import se.vinr.ledger.query.web.InvalidRequestException;

/** Cursor paging of the event log. */
record PageParameters(
        @Parameter(description = "The next cursor of the previous page; from the start without it") String after,
        @Parameter(description = "Events per page, 1 to " + PageParameters.MAX_LIMIT + "; default "
                + PageParameters.DEFAULT_LIMIT) String limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    long cursor() {
        if (after == null || after.isBlank()) {
            return 0;
        }
        Long position = number(after);
        if (position == null || position < 0) {
            throw new InvalidRequestException("after", "after must be the next cursor of a previous page, got '"
                    + after + "'");
        }
        return position;
    }

    int pageSize() {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        Long size = number(limit);
        if (size == null || size < 1 || size > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "limit must be a number from 1 to " + MAX_LIMIT + ", got '"
                    + limit + "'");
        }
        return size.intValue();
    }

    private static Long number(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
