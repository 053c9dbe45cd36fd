package se.vinr.ledger.command.keyperson;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.command.MunicipalityCommand;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;

import java.time.LocalDate;

public record DeregisterKeyPerson(MunicipalityId municipalityId, KeyPersonId keyPersonId, LocalDate until,
                                  String reason, @TargetAggregateVersion Long expectedVersion)
        implements MunicipalityCommand {
}
