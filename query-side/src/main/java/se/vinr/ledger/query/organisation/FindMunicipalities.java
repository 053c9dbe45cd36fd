package se.vinr.ledger.query.organisation;

import se.vinr.ledger.query.PointInTime;

import java.util.Set;

/**
 * Every municipality the caller may read ({@code readable}; null: all) with the plan it works under at that point
 * in time. The handler filters, so no caller sees another municipality however it asks.
 */
public record FindMunicipalities(PointInTime at, Set<String> readable) {

    public FindMunicipalities {
        readable = readable == null ? null : Set.copyOf(readable);
    }
}
