package se.vinr.ledger.events.plan;

/** What a committee decided about a plan. */
public enum DecisionKind {
    /** Återremiss: sent back for revision with stated reasons and possibly a report-back date. */
    REFERRED_BACK,
    /** Godkänd och översänd: approved by one committee and forwarded to a higher one. */
    APPROVED_AND_FORWARDED,
    /** Fastställd / antagen: the decided revision is in force. */
    ADOPTED,
    /** The validity period is extended to {@code newPeriodEnd}. */
    VALIDITY_EXTENDED,
    /** Replaced by another plan; nothing but extensions or a further supersession may follow. */
    SUPERSEDED
}
