package se.vinr.ledger.query.audit;

/** A page of the audit log: up to {@code limit} selected events after the cursor position {@code after}. */
public record FindAuditEvents(AuditFilter filter, long after, int limit) {
}
