package se.vinr.ledger.query.projection;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the projections' pooled streaming processors read it, with word of new events. Axon's
 * EmbeddedEventStore (the relational store, without Axon Server) gives its streams no availability callback, so a
 * processor that has caught up looks for new events only every 500 ms, and that wait was most of the time from a
 * command's acceptance to its effect in the views. Here one daemon thread follows the head of the store, through the
 * store's own shared fetcher (woken at once by a commit in this JVM, and asking the database every fetch delay for
 * another process's), and calls the callback of every open stream when events arrive; the processor then reads them
 * from its own stream as before. Streams that have callbacks of their own (Axon Server's) are left to them.
 */
public final class EventArrivals implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventArrivals.class);
    private static final Duration RETRY = Duration.ofSeconds(1);
    /**
     * A processor woken for every command commits a transaction for every event. In the standalone on H2, one client
     * drafting plans got 352 commands/s so, 590 with one wake-up per 10 ms, 785 per 100 ms (2,482 with no
     * projections at all). 20 ms adds at most that to the time until a view shows a command.
     */
    private static final long WAKE_UP_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
    private Thread follower;
    private volatile boolean closed;

    public EventArrivals(StreamableMessageSource<TrackedEventMessage<?>> store) {
        this.store = store;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Stream(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    /** Stops following the store; streams opened afterwards fall back to the processors' own polling. */
    @Override
    public synchronized void close() {
        closed = true;
        callbacks.clear();
        if (follower != null) {
            follower.interrupt();
        }
    }

    private synchronized void follow(Runnable callback) {
        if (closed) {
            return;
        }
        callbacks.add(callback);
        if (follower == null) {
            // the head as it is now, before the callback's processor looks at its stream: nothing falls between
            TrackingToken head = store.createHeadToken();
            follower = new Thread(() -> followFrom(head), "event-arrivals");
            follower.setDaemon(true);
            follower.start();
        }
    }

    /** Waits on a stream from {@code start} for events, skips them, and tells every stream's processor. */
    private void followFrom(TrackingToken start) {
        TrackingToken from = start;
        long lastWakeUp = System.nanoTime() - WAKE_UP_INTERVAL_NANOS;
        while (!closed) {
            try (BlockingStream<TrackedEventMessage<?>> head = store.openStream(from)) {
                while (!closed) {
                    if (head.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        // at most one wake-up per interval: under load the processors take what came meanwhile in
                        // one batch (one transaction) instead of one event each; when idle they are told at once
                        long wait = lastWakeUp + WAKE_UP_INTERVAL_NANOS - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        while (head.hasNextAvailable()) {
                            head.nextAvailable();
                        }
                        lastWakeUp = System.nanoTime();
                        callbacks.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // the database may be away for a while; without this thread the processors would look for new
                // events only every few seconds, so it keeps trying
                log.warn("Following the event store failed; trying again in {}", RETRY, e);
                try {
                    Thread.sleep(RETRY.toMillis());
                    from = store.createHeadToken();
                    // whatever came while this thread was away
                    callbacks.forEach(Runnable::run);
                } catch (InterruptedException interrupted) {
                    return;
                } catch (RuntimeException stillAway) {
                    // tried again on the next turn
                }
            }
        }
    }

    /** A processor's stream: the store's, with its availability callback served by the follower when it has none. */
    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        Stream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (delegate.setOnAvailableCallback(callback)) {
                return true;
            }
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            follow(callback);
            return !closed;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public boolean hasNextAvailable() {
            return delegate.hasNextAvailable();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable mine = callback;
            if (mine != null) {
                callbacks.remove(mine);
            }
            delegate.close();
        }
    }
}
