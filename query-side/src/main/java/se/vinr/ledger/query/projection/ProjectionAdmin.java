package se.vinr.ledger.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.projection.ProjectionStatus.Replay;
import se.vinr.ledger.query.projection.ProjectionStatus.State;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports each projection's position against the event store and rebuilds one from the start on request.
 * A rebuild clears the projection's tables first (its reset handlers), so from the request until the rebuild has
 * caught up with the head as it was when it started, the projection counts as {@link #rebuilding rebuilding} and
 * the views that read it answer 503 rather than a half-built answer.
 */
@Service
public class ProjectionAdmin {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    ProjectionAdmin(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
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
        rebuilds.put(name, new Rebuild(clock.instant(), head == null ? 0 : head + 1));
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return status(name, processor, head);
    }

    /** True from a replay request until the projection has caught up with the events that were there then. */
    public boolean rebuilding(String name) {
        Rebuild rebuild = rebuilds.get(name);
        if (rebuild == null || rebuild.finishedAt != null) {
            return false;
        }
        status(name, processor(name), head());
        return rebuild.finishedAt == null;
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, Long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = position(segments);
        long lag = head == null ? 0 : head - (position == null ? -1 : position);
        String error = segments.stream().filter(EventTrackerStatus::isErrorState)
                .map(segment -> String.valueOf(segment.getError())).findFirst().orElse(null);
        boolean allClaimed = covered(segments) && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        Rebuild rebuild = rebuilds.get(name);
        Replay replay = rebuild == null ? null : rebuild.progress(position, allClaimed, clock.instant());
        State state = error != null ? State.ERROR
                : replay != null && replay.finishedAt() == null ? State.REPLAYING
                : processor.isRunning() ? State.RUNNING : State.STOPPED;
        return new ProjectionStatus(name, state, position, head, Math.max(lag, 0),
                segmentCount(segments), segments.size(), replay, error);
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

    /** One replay: it is done once every segment has caught up past the events that were there when it started. */
    private static final class Rebuild {

        private final Instant startedAt;
        private final long total;
        private volatile Instant finishedAt;

        Rebuild(Instant startedAt, long total) {
            this.startedAt = startedAt;
            this.total = total;
        }

        Replay progress(Long position, boolean caughtUp, Instant now) {
            long done = Math.min(total, position == null ? 0 : position + 1);
            if (finishedAt == null && caughtUp && done >= total) {
                finishedAt = now;
            }
            Instant end = finishedAt == null ? now : finishedAt;
            double seconds = Math.max(Duration.between(startedAt, end).toNanos() / 1e9, 1e-3);
            return new Replay(startedAt, finishedAt, done, total, Math.round(done / seconds * 10) / 10.0);
        }
    }
}
