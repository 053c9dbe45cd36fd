package se.vinr.ledger.query.projection;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Service;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.projection.ProjectionStatus.Replay;
import se.vinr.ledger.query.projection.ProjectionStatus.State;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reports each projection's position against the event store and rebuilds one from the start on request.
 * A rebuild clears the projection's tables first (its reset handlers), so from the request until the rebuild has
 * caught up with the head as it was when it started, the projection counts as {@link #rebuilding rebuilding} and
 * the views that read it answer 503 rather than a half-built answer. Events a projection's handlers failed on are
 * parked in its dead-letter queue ({@link DeadLetterConfiguration}); it shows them and handles them again on request.
 */
@Service
public class ProjectionAdmin {

    /** At most this many parked events are listed at once. */
    public static final int LISTED_LETTERS = 1000;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    ProjectionAdmin(EventProcessingConfiguration processing, EventStore eventStore, TransactionManager transactions) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.transactions = transactions;
    }

    public List<ProjectionStatus> all() {
        Long head = head();
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> status(entry.getKey(), (StreamingEventProcessor) entry.getValue(), head))
                .toList();
    }

    public ProjectionStatus one(String name) {
        return status(name, processor(name), head());
    }

    /** Starts rebuilding the projection from the first event; returns at once with its status. */
    public synchronized ProjectionStatus replay(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new ReplayRefusedException(name, "its handlers cannot be reset");
        }
        if (rebuilding(name)) {
            throw new ReplayRefusedException(name, "it is being rebuilt already");
        }
        Long head = head();
        processor.shutDown();
        try {
            processor.resetTokens();
        } catch (UnableToClaimTokenException heldElsewhere) {
            processor.start();
            throw new ReplayRefusedException(name, "another instance of the query service holds some of its "
                    + "segments; stop the other instances (or scale to one), replay, then start them again");
        }
        rebuilds.put(name, new Rebuild(clock.instant(), head == null ? 0 : head + 1));
        // Every event is handled again, the parked ones included: parked copies would hold up their sequences.
        deadLetterQueue(name).ifPresent(queue -> transactions.executeInTransaction(queue::clear));
        processor.start();
        return status(name, processor, head);
    }

    /**
     * True from a replay request until the projection has caught up with the events that were there then; also
     * while a segment this instance holds is still replaying without such a request here (the rebuild was started
     * before a restart, or by another instance, and resumes from its tokens).
     */
    public boolean rebuilding(String name) {
        Collection<EventTrackerStatus> segments = processor(name).processingStatus().values();
        Rebuild rebuild = rebuilds.get(name);
        if (rebuild != null && rebuild.finishedAt == null) {
            progress(rebuild, segments);
            if (rebuild.finishedAt == null) {
                return true;
            }
        }
        return rebuild == null && replayStartedElsewhere(segments);
    }

    /**
     * A segment replays events it had handled before a reset that this instance did not ask for. Axon keeps a
     * segment marked replaying up to the first event after the reset's head, so one that has caught up counts as done.
     */
    private static boolean replayStartedElsewhere(Collection<EventTrackerStatus> segments) {
        return segments.stream().anyMatch(segment -> segment.isReplaying() && !segment.isCaughtUp());
    }

    /** The projection's parked events; null when it has no dead-letter queue (the audit chain). */
    public DeadLetters deadLetters(String name) {
        return deadLetterQueue(name).map(queue -> {
            List<DeadLetters.Letter> first = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                if (first.size() == DeadLetters.SHOWN) {
                    break;
                }
                Iterator<DeadLetter<? extends EventMessage<?>>> letters = sequence.iterator();
                if (letters.hasNext()) {
                    first.add(letter(name, letters.next()));
                }
            }
            return new DeadLetters(queue.size(), queue.amountOfSequences(), first);
        }).orElse(null);
    }

    /** Every parked event of the projection (up to {@value #LISTED_LETTERS}), sequence by sequence, in order. */
    public List<DeadLetters.Letter> letters(String name) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = deadLetterQueue(name).orElseThrow(noDeadLetters(name));
        List<DeadLetters.Letter> letters = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letters.size() == LISTED_LETTERS) {
                    return letters;
                }
                letters.add(letter(name, letter));
            }
        }
        return letters;
    }

    /**
     * Handles the parked events again, each sequence once, oldest attempt first: a sequence whose events now all
     * succeed leaves the queue; at the first event that fails again the rest of its sequence stays parked.
     */
    public DeadLetterRetry retry(String name) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = deadLetterQueue(name).orElseThrow(noDeadLetters(name));
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(name)
                .orElseThrow(noDeadLetters(name));
        long sequences = queue.amountOfSequences();
        int cleared = 0;
        for (long i = 0; i < sequences; i++) {
            if (letters.processAny()) {
                cleared++;
            }
        }
        return new DeadLetterRetry((int) sequences, cleared, deadLetters(name));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> deadLetterQueue(String name) {
        processor(name);
        return processing.deadLetterQueue(name);
    }

    private Supplier<NotFoundException> noDeadLetters(String name) {
        return () -> new NotFoundException("No dead letters",
                "Projection " + name + " parks no events: its handlers are retried until they succeed");
    }

    private DeadLetters.Letter letter(String name, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        return new DeadLetters.Letter(sequenceOf(name, letter), event.getPayloadType().getSimpleName(),
                event.getIdentifier(), position, event.getTimestamp(),
                letter.cause().map(ProjectionAdmin::describe).orElse(null), letter.enqueuedAt(),
                letter.lastTouched());
    }

    /** The sequence (for the projections: the aggregate) the letter waits in, as the projection's policy says. */
    private String sequenceOf(String name, DeadLetter<? extends EventMessage<?>> letter) {
        return String.valueOf(processing.sequencingPolicy(name).getSequenceIdentifierFor(letter.message()));
    }

    private static String describe(Cause cause) {
        return cause.type() + ": " + cause.message();
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, Long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = position(segments);
        long lag = head == null ? 0 : head - (position == null ? -1 : position);
        String error = segments.stream().filter(EventTrackerStatus::isErrorState)
                .map(segment -> String.valueOf(segment.getError())).findFirst().orElse(null);
        Rebuild rebuild = rebuilds.get(name);
        Replay replay = rebuild == null ? null : progress(rebuild, segments);
        boolean replaying = replay != null ? replay.finishedAt() == null : replayStartedElsewhere(segments);
        State state = error != null ? State.ERROR
                : replaying ? State.REPLAYING
                : processor.isRunning() ? State.RUNNING : State.STOPPED;
        return new ProjectionStatus(name, state, position, head, Math.max(lag, 0),
                segmentCount(segments), segments.size(), replay, error, deadLetters(name));
    }

    /**
     * Axon marks a segment caught up only when its coordinator next looks at an empty stream with nothing in hand,
     * which can be 5 s after the last event of a replay was written (two such waits were seen): the segments'
     * positions tell it at once.
     */
    private Replay progress(Rebuild rebuild, Collection<EventTrackerStatus> segments) {
        return rebuild.progress(position(segments), covered(segments), clock.instant());
    }

    /** The lowest position any segment has reached: every event up to it is in the views. */
    private static Long position(Collection<EventTrackerStatus> segments) {
        if (segments.isEmpty()) {
            return null;
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : segments) {
            OptionalLong current = segment.getCurrentPosition();
            if (current.isEmpty()) {
                return null;
            }
            lowest = Math.min(lowest, current.getAsLong());
        }
        return lowest;
    }

    /** Whether the claimed segments together cover all events (1/(mask+1) of the stream each). */
    private static boolean covered(Collection<EventTrackerStatus> segments) {
        double share = segments.stream().map(EventTrackerStatus::getSegment)
                .mapToDouble(segment -> 1.0 / (segment.getMask() + 1)).sum();
        return Math.abs(share - 1.0) < 1e-9;
    }

    private static int segmentCount(Collection<EventTrackerStatus> segments) {
        return segments.stream().map(EventTrackerStatus::getSegment).mapToInt(Segment::getMask)
                .map(mask -> mask + 1).max().orElse(0);
    }

    private Long head() {
        TrackingToken token = eventStore.createHeadToken();
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        return position.isPresent() && position.getAsLong() >= 0 ? position.getAsLong() : null;
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("Projection not found", "No projection is named " + name));
    }

    /** One replay: it is done once every segment has handled the events that were there when it started. */
    private static final class Rebuild {

        private final Instant startedAt;
        private final long total;
        private volatile Instant finishedAt;

        Rebuild(Instant startedAt, long total) {
            this.startedAt = startedAt;
            this.total = total;
        }

        /** {@code covered}: the segments reporting {@code position} (their lowest) cover the whole stream. */
        Replay progress(Long position, boolean covered, Instant now) {
            long done = Math.min(total, position == null ? 0 : position + 1);
            if (finishedAt == null && covered && done >= total) {
                finishedAt = now;
            }
            Instant end = finishedAt == null ? now : finishedAt;
            double seconds = Math.max(Duration.between(startedAt, end).toNanos() / 1e9, 1e-3);
            return new Replay(startedAt, finishedAt, done, total, Math.round(done / seconds * 10) / 10.0);
        }
    }
}
