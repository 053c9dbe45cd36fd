package se.vinr.ledger.query.comparison;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vinr.ledger.query.keyperson.KeyPersonTotal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The figures municipalities compare, side by side, each with the date it stands for. */
public record IndicatorComparison(
        LocalDate asOf,
        @Schema(description = "Only what was recorded by then counts; null: everything recorded") Instant knownAt,
        @Schema(description = "Every municipality, by id") List<MunicipalityFigures> municipalities) {

    public record MunicipalityFigures(
            @Schema(example = "gotland") String municipalityId,
            @Schema(example = "Region Gotland") String name,
            @Schema(description = "Per course of the municipality's catalogue")
            List<TrainingCoverageFigure> trainingCoverage,
            KeyPersonsPer1000Staff keyPersonsPer1000Staff,
            UnitCoverageFigure unitCoverage,
            @Schema(description = "Per meeting series, for asOf's calendar year") List<MeetingsFigure> meetings) {
    }

    public record TrainingCoverageFigure(
            @Schema(example = "nck-webbkurs") String courseCode,
            String title,
            @Schema(description = "completions ÷ staff in percent; null where the staff is not known")
            BigDecimal coveragePercent,
            long completions,
            @Schema(description = "Staff of all units; null unless every unit has a known headcount") Long staff,
            LocalDate date) {
    }

    public record KeyPersonsPer1000Staff(
            @Schema(description = "keyPersons.count × 1000 ÷ staff, one decimal; null where the staff is not known")
            BigDecimal value,
            @Schema(description = "Counted, or the reported total where no key person is counted; with its basis "
                    + "and date") KeyPersonTotal keyPersons,
            Long staff,
            @Schema(description = "The date of the key-person figure") LocalDate date) {
    }

    public record UnitCoverageFigure(
            @Schema(description = "Share of units with an active key person (counted), in percent; null without "
                    + "units") BigDecimal percent,
            int unitsWithKeyPerson,
            int units,
            LocalDate date) {
    }

    public record MeetingsFigure(
            String seriesId,
            String name,
            int year,
            @Schema(description = "Held in the year by the date") int held,
            int required,
            boolean met,
            LocalDate date) {
    }
}
