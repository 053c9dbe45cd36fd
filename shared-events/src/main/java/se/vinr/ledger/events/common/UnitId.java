package se.vinr.ledger.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A unit id, unique within its municipality. */
public record UnitId(@JsonValue String value) {

    @JsonCreator
    public UnitId {
        Slug.require("unit id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
