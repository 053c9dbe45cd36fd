package se.vinr.ledger.query.keyperson;

import io.swagger.v3.oas.annotations.media.Schema;
import se.vinr.ledger.events.common.Source;

import java.time.LocalDate;

/** A number of key persons a document reports for a date, the individuals unknown: never added to counted ones. */
public record ReportedTotal(
        @Schema(description = "Always REPORTED") Basis basis,
        @Schema(example = "100") int count,
        @Schema(description = "The date the document reports the total for", example = "2023-05-15") LocalDate asOf,
        Source source) {

    ReportedTotal(int count, LocalDate asOf, Source source) {
        this(Basis.REPORTED, count, asOf, source);
    }
}
