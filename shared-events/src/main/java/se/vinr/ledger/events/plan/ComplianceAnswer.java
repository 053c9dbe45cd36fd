package se.vinr.ledger.events.plan;

/** The answer to a compliance indicator's question. */
public enum ComplianceAnswer {
    YES,
    PARTLY,
    NO
}
