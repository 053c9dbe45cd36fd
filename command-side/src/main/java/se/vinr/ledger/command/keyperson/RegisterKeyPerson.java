package se.vinr.ledger.command.keyperson;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.command.MunicipalityCommand;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.keyperson.KeyPersonRole;

import java.time.LocalDate;

/** {@code personRef} is the pseudonymous reference the municipality uses for the person, see Pseudonyms. */
public record RegisterKeyPerson(MunicipalityId municipalityId, KeyPersonId keyPersonId, UnitId unitId,
                                String personRef, KeyPersonRole role, LocalDate since,
                                @TargetAggregateVersion Long expectedVersion) implements MunicipalityCommand {
}
