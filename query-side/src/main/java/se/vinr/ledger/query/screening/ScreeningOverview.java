package se.vinr.ledger.query.screening;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Screenings per instrument, department and unit for the periods that had ended by a date. */
public record ScreeningOverview(
        @Schema(example = "sundbyberg") String municipalityId,
        LocalDate asOf,
        @Schema(description = "Only what was recorded by then counts; null: everything recorded") Instant knownAt,
        @Schema(description = "Only periods starting on or after this date; null: no limit") LocalDate from,
        @Schema(description = "Only periods ending on or before this date; null: no limit") LocalDate to,
        @Schema(description = "Instruments with screenings recorded, by name") List<InstrumentScreenings> instruments) {

    public record InstrumentScreenings(
            @Schema(example = "FREDA_KORTFRAGOR") String instrument,
            long screenings,
            List<DepartmentScreenings> departments,
            @Schema(description = "Units with screenings recorded, by id") List<UnitScreenings> units) {
    }

    public record DepartmentScreenings(String department, long screenings) {
    }

    public record UnitScreenings(String unitId, String name, String department, long screenings,
                                 @Schema(description = "The records that stand: a later record for the same period "
                                         + "replaces an earlier one") List<Period> periods) {
    }

    public record Period(LocalDate periodStart, LocalDate periodEnd, int screenings, Instant recordedAt) {
    }
}
