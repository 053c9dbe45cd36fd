package se.vinr.ledger.query.audit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.MetadataKeys;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.audit.ChainVerification.Break;
import se.vinr.ledger.query.audit.ChainVerification.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recomputes a municipality's hash chain from the event store (through Axon's {@link EventStore}, not from the
 * audit log's copies) and compares it link by link with the stored chain and the signed checkpoints.
 * <p>
 * The chain is in the order the audit projection handled the events, which is global-index order except where an
 * event committed after one with a higher index. So the store is read once in global order while the chain is
 * walked: each chained event is looked up by its identifier among the store's events read so far, reading on up to
 * its global index; one the store no longer has is missing. Store events of the municipality left over are extra
 * if the projection has handled their position, else merely not chained yet.
 */
@Component
public class ChainVerifier {

    private static final int PAGE = 1000;
    private static final int STORE_WAIT_SECONDS = 10;

    private final AuditLog auditLog;
    private final Checkpoints checkpoints;
    private final SigningKey key;
    private final EventContents contents;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    /** The Axon beans are looked up when first used: read-model tests run without Axon's infrastructure. */
    ChainVerifier(AuditLog auditLog, Checkpoints checkpoints, SigningKey key, EventContents contents,
                  @Lazy EventStore eventStore, @Lazy EventProcessingConfiguration processing) {
        this.auditLog = auditLog;
        this.checkpoints = checkpoints;
        this.key = key;
        this.contents = contents;
        this.eventStore = eventStore;
        this.processing = processing;
    }

    public ChainVerification verify(String municipalityId) {
        // In this order: whatever the projection has handled is in the chain read next, and whatever is chained is
        // in the store up to its head.
        LongPredicate handled = handledPositions();
        AuditEvent head = auditLog.head(municipalityId)
                .orElseThrow(() -> NotFoundException.municipality(new MunicipalityId(municipalityId)));
        TrackingToken storeHead = eventStore.createHeadToken();
        Map<Long, Checkpoint> signed = checkpoints.of(municipalityId, head.chainIndex()).stream()
                .collect(Collectors.toMap(Checkpoint::chainIndex, Function.identity()));
        try (Store store = new Store(municipalityId, eventStore.openStream(null),
                storeHead == null ? -1 : storeHead.position().orElse(-1))) {
            return new Walk(municipalityId, head, signed, store, handled).run();
        }
    }

    /** Whether the audit processor has handled the event at a global index, by its current token. */
    private LongPredicate handledPositions() {
        Optional<TrackingToken> token = processing
                .eventProcessor(AuditProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().get(0))
                .map(EventTrackerStatus::getTrackingToken)
                .map(WrappedToken::unwrapLowerBound);
        if (token.isEmpty()) {
            long handledUpTo = auditLog.maxGlobalIndex();
            return index -> index <= handledUpTo;
        }
        if (token.get() instanceof GapAwareTrackingToken gapAware) {
            return index -> index <= gapAware.getIndex() && !gapAware.getGaps().contains(index);
        }
        long handledUpTo = token.get().position().orElse(-1);
        return index -> index <= handledUpTo;
    }

    private final class Walk {

        private final String municipalityId;
        private final AuditEvent head;
        private final Map<Long, Checkpoint> signed;
        private final Store store;
        private final LongPredicate handled;
        private String previous = HashChain.GENESIS;
        private long checked;

        Walk(String municipalityId, AuditEvent head, Map<Long, Checkpoint> signed, Store store,
             LongPredicate handled) {
            this.municipalityId = municipalityId;
            this.head = head;
            this.signed = signed;
            this.store = store;
            this.handled = handled;
        }

        ChainVerification run() {
            long after = 0;
            List<AuditEvent> page;
            do {
                page = auditLog.select(AuditFilter.municipality(municipalityId), after, PAGE);
                for (AuditEvent chained : page) {
                    if (chained.chainIndex() > head.chainIndex()) {
                        return leftovers();
                    }
                    Break broken = check(chained);
                    if (broken != null) {
                        return result(earlierExtra(chained.globalIndex()).orElse(broken), 0);
                    }
                    after = chained.position();
                }
            } while (page.size() == PAGE);
            return leftovers();
        }

        private Break check(AuditEvent chained) {
            StoredEvent stored = store.find(chained.eventId(), chained.globalIndex());
            if (stored == null) {
                return at(chained, Problem.EVENT_MISSING, "The event store has no event " + chained.eventId()
                        + " (global index " + chained.globalIndex() + ")");
            }
            ChainedContent content;
            try {
                content = contents.content(stored.message());
            } catch (RuntimeException unreadable) {
                return at(chained, Problem.PAYLOAD_ALTERED, "The event in the store can no longer be read: "
                        + unreadable.getMessage());
            }
            String hash = HashChain.next(previous, content);
            if (!hash.equals(chained.hash())) {
                return altered(chained, content);
            }
            Checkpoint checkpoint = signed.get(chained.chainIndex());
            if (checkpoint != null) {
                String mismatch = !checkpoint.headHash().equals(hash) ? "its hash differs from the recomputed one"
                        : !checkpoint.keyId().equals(key.keyId()) ? "it is signed by another key, " + checkpoint.keyId()
                        : !SigningKey.verify(key.publicKey(), checkpoint.statement(), checkpoint.signature())
                        ? "its signature is not valid" : null;
                if (mismatch != null) {
                    return at(chained, Problem.CHECKPOINT_MISMATCH, "Checkpoint " + checkpoint.chainIndex()
                            + " signed " + checkpoint.signedAt() + " does not hold: " + mismatch);
                }
            }
            previous = hash;
            checked++;
            return null;
        }

        /** What differs, given the recomputed hash does not match: the store's event, or the log's copy. */
        private Break altered(AuditEvent chained, ChainedContent stored) {
            ChainedContent logged;
            try {
                logged = chained.content();
            } catch (RuntimeException unreadable) {
                logged = null;
            }
            if (logged == null || !chained.previousHash().equals(previous)
                    || !HashChain.next(previous, logged).equals(chained.hash())) {
                return at(chained, Problem.AUDIT_LOG_ALTERED, "The audit log's copy of the event or its hash was "
                        + "changed; the event store's event is not the cause");
            }
            if (!CanonicalJson.write(stored.payload()).equals(chained.payload())) {
                return at(chained, Problem.PAYLOAD_ALTERED, "The payload in the event store differs from the one "
                        + "chained on " + chained.recordedAt());
            }
            if (!CanonicalJson.write(stored.metadata()).equals(chained.metadata())) {
                return at(chained, Problem.METADATA_ALTERED, "The metadata in the event store differs from the one "
                        + "chained");
            }
            List<String> fields = new ArrayList<>();
            compare(fields, "type", stored.type(), logged.type());
            compare(fields, "revision", stored.revision(), logged.revision());
            compare(fields, "aggregateType", stored.aggregateType(), logged.aggregateType());
            compare(fields, "aggregateId", stored.aggregateId(), logged.aggregateId());
            compare(fields, "sequence", stored.sequence(), logged.sequence());
            compare(fields, "recordedAt", stored.recordedAt(), logged.recordedAt());
            return at(chained, Problem.EVENT_ALTERED, "The event in the store differs in " + String.join(", ", fields));
        }

        private static void compare(List<String> differences, String field, Object stored, Object logged) {
            if (!Objects.equals(stored, logged)) {
                differences.add(field);
            }
        }

        /** An extra event read ahead of a break, with a lower global index, is the first break. */
        private Optional<Break> earlierExtra(long globalIndex) {
            return store.ahead().stream()
                    .filter(event -> event.globalIndex() < globalIndex && handled.test(event.globalIndex()))
                    .filter(event -> !auditLog.contains(event.eventId()))
                    .min(Comparator.comparingLong(StoredEvent::globalIndex))
                    .map(this::extra);
        }

        private ChainVerification leftovers() {
            long notYetChained = 0;
            Break extra = null;
            for (StoredEvent event : store.remaining()) {
                if (!handled.test(event.globalIndex())) {
                    notYetChained++;
                } else if (extra == null || event.globalIndex() < extra.globalIndex()) {
                    extra = extra(event);
                }
            }
            return result(extra, notYetChained);
        }

        private Break extra(StoredEvent event) {
            return new Break(null, null, event.globalIndex(), event.eventId(), Problem.EXTRA_EVENT,
                    "The event store has an event of " + municipalityId + " that the chain does not have");
        }

        private Break at(AuditEvent chained, Problem problem, String detail) {
            return new Break(chained.position(), chained.chainIndex(), chained.globalIndex(), chained.eventId(),
                    problem, detail);
        }

        private ChainVerification result(Break firstBreak, long notYetChained) {
            long checkpointsChecked = signed.keySet().stream().filter(index -> index <= checked).count();
            return new ChainVerification(municipalityId, firstBreak == null, checked, head.chainIndex(),
                    head.hash(), (int) checkpointsChecked, notYetChained, firstBreak);
        }
    }

    private record StoredEvent(String eventId, long globalIndex, TrackedEventMessage<?> message) {
    }

    /** The event store read once in global order, up to its head when the verification started. */
    private static final class Store implements AutoCloseable {

        private final String municipalityId;
        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final long end;
        private final Map<String, StoredEvent> ahead = new LinkedHashMap<>();
        private long lastIndex = -1;

        Store(String municipalityId, BlockingStream<TrackedEventMessage<?>> stream, long end) {
            this.municipalityId = municipalityId;
            this.stream = stream;
            this.end = end;
        }

        /** The event with this identifier, if the store has it at or before {@code globalIndex}. */
        StoredEvent find(String eventId, long globalIndex) {
            StoredEvent event = ahead.remove(eventId);
            while (event == null && lastIndex < globalIndex) {
                StoredEvent next = next();
                if (next == null) {
                    break;
                }
                if (next.eventId().equals(eventId)) {
                    event = next;
                } else if (municipalityId.equals(municipality(next.message()))) {
                    ahead.put(next.eventId(), next);
                }
            }
            return event;
        }

        List<StoredEvent> ahead() {
            return List.copyOf(ahead.values());
        }

        /** The municipality's events not matched to the chain: those read ahead and the rest of the store. */
        List<StoredEvent> remaining() {
            List<StoredEvent> remaining = new ArrayList<>(ahead.values());
            for (StoredEvent next = next(); next != null; next = next()) {
                if (municipalityId.equals(municipality(next.message()))) {
                    remaining.add(next);
                }
            }
            return remaining;
        }

        private StoredEvent next() {
            try {
                if (lastIndex >= end || !stream.hasNextAvailable(STORE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    return null;
                }
                TrackedEventMessage<?> message = stream.nextAvailable();
                lastIndex = message.trackingToken().position().orElseThrow();
                return new StoredEvent(message.getIdentifier(), lastIndex, message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the event store", e);
            }
        }

        /** The municipality as the projection sees it; an unreadable payload falls back on the metadata. */
        private static String municipality(EventMessage<?> event) {
            try {
                return EventContents.municipalityId(event).orElse(null);
            } catch (RuntimeException unreadablePayload) {
                try {
                    Object value = event.getMetaData().get(MetadataKeys.MUNICIPALITY_ID);
                    return value == null ? null : value.toString();
                } catch (RuntimeException unreadableMetadata) {
                    return null;
                }
            }
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
