package se.vinr.ledger.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * A member of staff as the municipality refers to them pseudonymously (e.g. {@code hsf-0042}): never a name or a
 * personal identity number, so the ledger holds no personal data that would have to be erased from history. The
 * command side checks a reference before it is recorded; a recorded one is taken as it stands, so tightening that
 * check later never makes history unreadable.
 */
public record PersonRef(@JsonValue String value) {

    @JsonCreator
    public PersonRef {
        Objects.requireNonNull(value, "person reference");
    }

    @Override
    public String toString() {
        return value;
    }
}
