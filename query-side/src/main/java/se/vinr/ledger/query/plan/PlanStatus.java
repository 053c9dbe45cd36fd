package se.vinr.ledger.query.plan;

/** Where a plan stands on a business date. */
public enum PlanStatus {
    DRAFT,
    IN_CONSULTATION,
    REFERRED_BACK,
    APPROVED,
    /** In force; stays so while an amendment (a newer revision) is prepared. */
    ADOPTED,
    SUPERSEDED,
    /** Was adopted, and the date is past the end of its validity period. */
    EXPIRED;

    /** Superseded and expired plans are history: nobody works under or towards them any more. */
    public boolean isHistory() {
        return this == SUPERSEDED || this == EXPIRED;
    }
}
