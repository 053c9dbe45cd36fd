package se.vinr.ledger.query.screening;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.PointInTime;

import java.time.LocalDate;

/** Screenings of periods ended by {@code at.asOf()}; {@code from} and {@code to} (each optional) bound the periods. */
public record FindScreenings(MunicipalityId municipalityId, PointInTime at, LocalDate from, LocalDate to) {
}
