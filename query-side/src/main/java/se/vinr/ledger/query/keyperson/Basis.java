package se.vinr.ledger.query.keyperson;

/** Whether a figure of key persons counts the individuals registered one by one or is a total a document reports. */
public enum Basis {
    COUNTED,
    REPORTED
}
