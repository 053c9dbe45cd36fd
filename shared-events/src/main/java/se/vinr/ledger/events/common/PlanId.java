package se.vinr.ledger.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A plan id, unique within its municipality. */
public record PlanId(@JsonValue String value) {

    @JsonCreator
    public PlanId {
        Slug.require("plan id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
