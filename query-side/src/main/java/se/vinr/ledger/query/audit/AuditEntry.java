package se.vinr.ledger.query.audit;

import java.time.LocalDate;

/** An event as the audit projection received it, before it is given its place in the log and chain. */
record AuditEntry(long globalIndex, String municipalityId, ChainedContent content, LocalDate businessDate,
                  String userId, String correlationId) {
}
