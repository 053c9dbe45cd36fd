package se.vinr.ledger.query;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.vinr.ledger.events.common.MunicipalityId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads of a municipality's tracking rows as known now (no {@code knownAt}), kept in memory until the "tracking"
 * group adds rows of that municipality ({@link TrackingWrites} renews its stamp in {@code rm_tracking_stream}). An
 * indicator view asks for the same units, headcounts and completions once per indicator and once per date; kept, it
 * reads one stamp per transaction instead. Reads as known at an earlier instant are rare and not kept.
 */
@Component
public class TrackedReads {

    /** Municipalities whose reads are kept: a few hundred kB each for one of Sweden's largest. */
    private static final int MUNICIPALITIES = 64;
    /** The last business date both databases can store: what "every date" reads up to. */
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    private static final Object STAMPS = TrackedReads.class.getName() + ".stamps";

    /** What is kept of one municipality and the stamp it was read under; the reads are immutable. */
    private record Kept(String stamp, Map<List<?>, Object> reads) {
    }

    private final JdbcClient jdbc;
    /** The least recently read municipality makes room; guarded by itself. */
    private final Map<String, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > MUNICIPALITIES;
        }
    };

    TrackedReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code read}'s answer for the municipality as recorded by {@code knownAt}; as known now, the one kept under
     * {@code key} while the municipality's stamp is unchanged. The answer must not be changed by the caller.
     */
    @SuppressWarnings("unchecked")
    public <T> T read(MunicipalityId municipalityId, Instant knownAt, List<?> key, Supplier<T> read) {
        if (knownAt != null) {
            return read.get();
        }
        String stamp = stamp(municipalityId.value());
        if (stamp == null) {
            return read.get();
        }
        Map<List<?>, Object> reads;
        synchronized (kept) {
            Kept known = kept.get(municipalityId.value());
            if (known == null || !known.stamp().equals(stamp)) {
                known = new Kept(stamp, new ConcurrentHashMap<>());
                kept.put(municipalityId.value(), known);
            }
            reads = known.reads();
        }
        Object answer = reads.get(key);
        if (answer == null) {
            // read outside the lock: two threads may both read, and either answer is as new as the stamp
            answer = read.get();
            reads.putIfAbsent(key, answer);
        }
        return (T) answer;
    }

    /**
     * The rows dated by {@code until} (a null date: before every date), as {@code read} gives them for an upper
     * bound and {@code knownAt}, in date order; as known now, the first of the rows of every date that are kept.
     */
    public <T> List<T> upTo(MunicipalityId municipalityId, Instant knownAt, List<?> key, LocalDate until,
                            Function<T, LocalDate> dateOf, BiFunction<LocalDate, Instant, List<T>> read) {
        if (knownAt != null) {
            return read.apply(until, knownAt);
        }
        List<T> all = read(municipalityId, null, key, () -> List.copyOf(read.apply(LAST_DATE, null)));
        int end = all.size();
        while (end > 0 && dateOf.apply(all.get(end - 1)) != null && dateOf.apply(all.get(end - 1)).isAfter(until)) {
            end--;
        }
        return all.subList(0, end);
    }

    /** The stamps this transaction renewed are read again by its next reads. */
    void stampsRenewed() {
        Object stamps = TransactionSynchronizationManager.getResource(STAMPS);
        if (stamps != null) {
            ((Map<?, ?>) stamps).clear();
        }
    }

    /** The municipality's stamp, read once per transaction: a view asks for it once per indicator and figure. */
    private String stamp(String municipalityId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return readStamp(municipalityId);
        }
        @SuppressWarnings("unchecked")
        Map<String, String> stamps = (Map<String, String>) TransactionSynchronizationManager.getResource(STAMPS);
        if (stamps == null) {
            stamps = new HashMap<>();
            TransactionSynchronizationManager.bindResource(STAMPS, stamps);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(STAMPS);
                }
            });
        }
        return stamps.computeIfAbsent(municipalityId, this::readStamp);
    }

    private String readStamp(String municipalityId) {
        return jdbc.sql("SELECT stamp FROM rm_tracking_stream WHERE municipality_id = :municipalityId")
                .param("municipalityId", municipalityId)
                .query(String.class).optional().orElse(null);
    }
}
