package se.vinr.ledger.command.keyperson;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.command.MunicipalityCommand;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.Source;

import java.time.LocalDate;

/** A total from a report where the individual key persons are not known; {@code source} is required. */
public record ReportKeyPersonTotal(MunicipalityId municipalityId, int count, LocalDate asOf, Source source,
                                   @TargetAggregateVersion Long expectedVersion) implements MunicipalityCommand {
}
