package se.vinr.ledger.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** A municipality's lower-case slug, e.g. {@code gotland}: the tenant key of every record. */
public record MunicipalityId(@JsonValue String value) {

    public static final String PATTERN = "^[a-z][a-z0-9-]{1,62}$";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    @JsonCreator
    public MunicipalityId {
        Objects.requireNonNull(value, "municipality id");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("municipality id must be a lower-case slug, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
