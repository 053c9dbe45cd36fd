package se.vinr.ledger.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A series of recurring meetings in a municipality, e.g. {@code nyckelpersonstraffar}. */
public record MeetingSeriesId(@JsonValue String value) {

    @JsonCreator
    public MeetingSeriesId {
        Slug.require("meeting series id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
