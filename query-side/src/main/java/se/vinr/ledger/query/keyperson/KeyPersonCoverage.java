package se.vinr.ledger.query.keyperson;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Which units have an active key person on a date, counted one by one, next to the latest total a document reports. */
public record KeyPersonCoverage(
        @Schema(example = "gotland") String municipalityId,
        LocalDate asOf,
        @Schema(description = "Only what was recorded by then counts; null: everything recorded") Instant knownAt,
        @Schema(description = "The figure to quote: counted where any key person is active on asOf, else the latest "
                + "reported total") KeyPersonTotal keyPersons,
        @Schema(description = "The key persons registered one by one and active on asOf") KeyPersonCount counted,
        @Schema(description = "The latest total a document reports for a date by asOf, never added to the counted "
                + "ones; null if there is none") ReportedTotal reportedTotal,
        @Schema(description = "The counted figures per department") List<DepartmentKeyPersons> departments,
        List<UnitKeyPersons> unitsWithKeyPerson,
        List<UnitKeyPersons> unitsWithoutKeyPerson) {

    public record KeyPersonCount(
            @Schema(description = "Always COUNTED") Basis basis,
            int activeKeyPersons,
            int units,
            int unitsWithKeyPerson,
            int unitsWithoutKeyPerson,
            @Schema(description = "unitsWithKeyPerson ÷ units in percent, one decimal; null without units",
                    example = "80.0") BigDecimal unitCoveragePercent) {
    }

    public record DepartmentKeyPersons(String department, KeyPersonCount counted) {
    }

    public record UnitKeyPersons(String unitId, String name, String department, String operator,
                                 @Schema(description = "Counted") int activeKeyPersons) {
    }
}
