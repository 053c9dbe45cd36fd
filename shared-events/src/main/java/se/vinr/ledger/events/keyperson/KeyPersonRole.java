package se.vinr.ledger.events.keyperson;

/** A key person's role in the key-person structure (nyckelpersonsstruktur). */
public enum KeyPersonRole {
    /** Nyckelperson: the VINR contact of a unit. */
    KEY_PERSON,
    /** Huvudnyckel: leads and supports the key persons of a department. */
    LEAD_KEY_PERSON
}
