package se.vinr.ledger.command.keyperson;

import se.vinr.ledger.command.MunicipalityCommand;
import se.vinr.ledger.events.common.MunicipalityId;

/**
 * Asks the municipality whether contact details may be kept for a pseudonym. The details themselves are not in the
 * command and cause no event: they are stored outside the event log (ContactDetails) so that they can be erased.
 */
public record KeepContactDetails(MunicipalityId municipalityId, String personRef) implements MunicipalityCommand {
}
