package se.vinr.ledger.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;

/** What handling a projection's parked events again did: sequences tried, those now cleared, and what is left. */
@Schema(description = "The outcome of handling a projection's parked events again")
public record DeadLetterRetry(
        @Schema(description = "Sequences tried, each once") int sequencesTried,
        @Schema(description = "Sequences whose every parked event was handled and removed") int sequencesCleared,
        DeadLetters remaining) {
}
