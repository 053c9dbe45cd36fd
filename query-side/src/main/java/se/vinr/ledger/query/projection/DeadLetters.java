package se.vinr.ledger.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The events a projection parked because a handler failed on them: how many, in how many sequences (aggregates),
 * and the first event of the first few sequences, each holding up the rest of its sequence.
 */
@Schema(description = "Events a projection failed on and parked, with the later events of the same aggregate")
public record DeadLetters(
        @Schema(description = "Parked events") long letters,
        @Schema(description = "Sequences (aggregates) with parked events") long sequences,
        @Schema(description = "The first parked event of each of the first " + DeadLetters.SHOWN + " sequences")
        List<Letter> first) {

    static final int SHOWN = 5;

    /**
     * One parked event.
     *
     * @param sequenceIdentifier the aggregate whose events wait behind the first parked one
     * @param position           the event's global index in the event store, when known
     * @param cause              the exception's type and message, from the last attempt
     */
    @Schema(name = "DeadLetter", description = "An event a projection failed on, or one waiting behind it")
    public record Letter(String sequenceIdentifier, String eventType, String eventIdentifier, Long position,
                         Instant recordedAt, String cause, Instant enqueuedAt, Instant lastTouched) {
    }
}
