package se.vinr.ledger.command.keyperson;

import se.vinr.ledger.command.MunicipalityCommand;
import se.vinr.ledger.events.common.MunicipalityId;

import java.time.LocalDate;

/** Destroys what is kept about a pseudonym outside the events (its contact details), see ContactDetails. */
public record ErasePersonalData(MunicipalityId municipalityId, String personRef, LocalDate erasedOn)
        implements MunicipalityCommand {
}
