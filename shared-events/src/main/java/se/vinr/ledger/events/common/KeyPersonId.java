package se.vinr.ledger.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A key person's id, chosen by and unique within the municipality; the person is a {@link PersonRef}. */
public record KeyPersonId(@JsonValue String value) {

    @JsonCreator
    public KeyPersonId {
        Slug.require("key person id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
