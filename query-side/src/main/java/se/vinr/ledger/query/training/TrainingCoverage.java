package se.vinr.ledger.query.training;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Who completed which course, against the staff of the units, and the stimulus owed for it, as of a date. */
public record TrainingCoverage(
        @Schema(example = "gotland") String municipalityId,
        LocalDate asOf,
        @Schema(description = "Only what was recorded by then counts; null: everything recorded") Instant knownAt,
        @Schema(description = "Stimulus owed for all courses: completions × the course's stimulus per certificate")
        BigDecimal stimulusOwedSek,
        @Schema(description = "Per course of the catalogue, by course code") List<CourseCoverage> courses,
        @Schema(description = "What the reader must know to read the figures right, e.g. completions counted only "
                + "in the municipality total") List<String> notes) {

    public record CourseCoverage(
            @Schema(example = "nck-webbkurs") String courseCode,
            String title,
            String provider,
            @Schema(description = "Null where no stimulus is paid", example = "500")
            BigDecimal stimulusPerCertificateSek,
            @Schema(description = "The municipality total: every unit, and counted batches without a unit")
            Coverage total,
            @Schema(description = "Completions counted in batches that name no unit: part of the total only")
            long countedWithoutUnit,
            List<DepartmentCoverage> departments,
            List<UnitCoverage> units) {
    }

    public record DepartmentCoverage(String department, int units, Coverage coverage) {
    }

    public record UnitCoverage(String unitId, String name, String department,
                               @Schema(description = "OWN or CONTRACTED") String operator, Coverage coverage) {
    }

    /** One scope's figures for one course. */
    public record Coverage(
            @Schema(description = "individual + counted") long completions,
            @Schema(description = "Completions of persons recorded one by one") long individual,
            @Schema(description = "Completions recorded as counted batches") long counted,
            @Schema(description = "Staff as of the date; null unless every unit in scope has a known headcount")
            Long headcount,
            @Schema(description = "completions ÷ headcount in percent, one decimal; null when the headcount is unknown",
                    example = "79.4") BigDecimal coveragePercent,
            @Schema(description = "completions × stimulus per certificate; null where the course pays none")
            BigDecimal stimulusOwedSek) {
    }
}
