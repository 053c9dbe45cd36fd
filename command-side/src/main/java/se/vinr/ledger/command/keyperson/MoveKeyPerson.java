package se.vinr.ledger.command.keyperson;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.command.MunicipalityCommand;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;

import java.time.LocalDate;

/** The key person serves {@code toUnitId} from {@code from} on. */
public record MoveKeyPerson(MunicipalityId municipalityId, KeyPersonId keyPersonId, UnitId toUnitId, LocalDate from,
                            @TargetAggregateVersion Long expectedVersion) implements MunicipalityCommand {
}
