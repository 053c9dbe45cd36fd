package se.vinr.ledger.query.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Per meeting series and calendar year: the meetings held against the number required. */
public record MeetingOverview(
        @Schema(example = "gotland") String municipalityId,
        LocalDate asOf,
        @Schema(description = "Only what was recorded by then counts; null: everything recorded") Instant knownAt,
        @Schema(description = "By series id") List<SeriesOverview> series) {

    public record SeriesOverview(
            @Schema(example = "nyckelpersonstraffar") String seriesId,
            String name,
            @Schema(example = "2") int requiredPerYear,
            @Schema(description = "Each calendar year from the first meeting's to asOf's, in order; only asOf's "
                    + "year without meetings") List<YearOverview> years) {
    }

    public record YearOverview(
            @Schema(example = "2023") int year,
            @Schema(description = "False for asOf's year unless asOf is its last day: held counts so far")
            boolean yearComplete,
            int held,
            int required,
            @Schema(description = "held ≥ required") boolean met,
            @Schema(description = "Sum of the known participant numbers") int participants,
            @Schema(description = "Meetings whose number of participants is not known")
            int meetingsWithoutParticipants,
            List<Meeting> meetings) {
    }

    public record Meeting(LocalDate date, @Schema(description = "Null where not known") Integer participants,
                          String theme) {
    }
}
