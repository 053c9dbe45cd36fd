package se.vinr.ledger.command.screening;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.command.MunicipalityCommand;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.screening.ScreeningInstrument;

import java.time.LocalDate;

/** The number of screenings a unit did with an instrument in a period; decided by the Municipality (its units). */
public record RecordScreenings(MunicipalityId municipalityId, UnitId unitId, ScreeningInstrument instrument,
                               LocalDate periodStart, LocalDate periodEnd, int count,
                               @TargetAggregateVersion Long expectedVersion) implements MunicipalityCommand {
}
