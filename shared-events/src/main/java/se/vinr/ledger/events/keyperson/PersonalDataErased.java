package se.vinr.ledger.events.keyperson;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.events.common.PersonRef;

import java.time.LocalDate;

/**
 * The contact details kept for a pseudonym were made unreadable for good (their key destroyed). The record of the
 * erasure: it names the pseudonym only, and every count that involves the person stays as it was.
 */
public record PersonalDataErased(MunicipalityId municipalityId, PersonRef personRef, LocalDate erasedOn)
        implements MunicipalityScoped {
}
