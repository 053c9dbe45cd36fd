package se.vinr.ledger.events.common;

import java.util.regex.Pattern;

/** The form of every identifier chosen by clients (plans, units): safe in paths, logs and aggregate ids. */
public final class Slug {

    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static String require(String kind, String value) {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be 1-100 letters, digits, '.', '_' or '-', got '" + value + "'");
        }
        return value;
    }
}
