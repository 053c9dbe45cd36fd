package se.vinr.ledger.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A course in a municipality's catalogue, e.g. {@code nck-webbkurs}. */
public record CourseCode(@JsonValue String value) {

    @JsonCreator
    public CourseCode {
        Slug.require("course code", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
