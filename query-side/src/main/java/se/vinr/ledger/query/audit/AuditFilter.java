package se.vinr.ledger.query.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A selection of the audit log; null fields select everything. Ranges are inclusive; a business-date range leaves
 * out events without a business date.
 */
public record AuditFilter(String municipalityId, String correlationId, String aggregateId, String type,
                          String userId, Instant recordedFrom, Instant recordedTo, LocalDate businessFrom,
                          LocalDate businessTo, Set<String> readable) {

    public AuditFilter {
        readable = readable == null ? null : Set.copyOf(readable);
    }

    /** What one request caused, in the municipalities the caller may read ({@code readable}; null: all). */
    public static AuditFilter correlation(String correlationId, Set<String> readable) {
        return new AuditFilter(null, correlationId, null, null, null, null, null, null, null, readable);
    }

    public static AuditFilter municipality(String municipalityId) {
        return new AuditFilter(municipalityId, null, null, null, null, null, null, null, null, null);
    }
}
