package se.vinr.ledger.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The latency of every operation of the measurement iterations of one JMH run (in its fork), recorded per thread
 * without locks; at the end of the run the percentiles go to a file that {@link RunAll} reads. (JMH's SampleTime
 * mode gives percentiles but no throughput, and one mode per fork is all the time budget allows.)
 */
public final class Latencies {

    private static final List<Buffer> BUFFERS = new ArrayList<>();
    private static final ThreadLocal<Buffer> LOCAL = ThreadLocal.withInitial(() -> {
        Buffer buffer = new Buffer();
        synchronized (BUFFERS) {
            BUFFERS.add(buffer);
        }
        return buffer;
    });
    private static volatile boolean measuring;

    private Latencies() {
    }

    /** From a {@code @Setup(Level.Iteration)}: record only in measurement iterations. */
    public static void iteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    /**
     * Outside JMH, where one JVM measures one run after another (the HTTP driver): {@code true} forgets what earlier
     * runs recorded (and the buffers of their ended threads) and records from now on; {@code false} stops recording.
     */
    static void measure(boolean on) {
        if (on) {
            synchronized (BUFFERS) {
                BUFFERS.removeIf(buffer -> !buffer.owner.isAlive());
                BUFFERS.forEach(buffer -> buffer.size = 0);
            }
        }
        measuring = on;
    }

    public static void record(long startNanos) {
        long elapsed = System.nanoTime() - startNanos;
        if (measuring) {
            LOCAL.get().add(elapsed);
        }
    }

    /** The sorted latencies so far, in nanoseconds. */
    static long[] sorted() {
        long[] all;
        synchronized (BUFFERS) {
            int size = BUFFERS.stream().mapToInt(b -> b.size).sum();
            all = new long[size];
            int at = 0;
            for (Buffer buffer : BUFFERS) {
                System.arraycopy(buffer.values, 0, all, at, buffer.size);
                at += buffer.size;
            }
        }
        Arrays.sort(all);
        return all;
    }

    /** The value below which {@code fraction} of the sorted values lie (nearest rank). */
    static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The file a run's figures go to: one per benchmark, store and thread count. */
    static Path file(Path directory, String benchmark, String store, int threads) {
        String simple = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        return directory.resolve(simple + "-" + store + "-" + threads + ".properties");
    }

    /**
     * From a {@code @TearDown(Level.Trial)}: writes p50, p99 and the count of the recorded latencies, with
     * {@code extra} figures of the run, where {@code -Dbench.out} says (nothing without it).
     */
    public static void write(BenchmarkParams params, Map<String, ?> extra) {
        String out = System.getProperty("bench.out");
        if (out == null) {
            return;
        }
        long[] sorted = sorted();
        Map<String, Object> figures = new TreeMap<>(extra);
        figures.put("samples", sorted.length);
        figures.put("p50_ms", percentile(sorted, 0.50) / 1e6);
        figures.put("p99_ms", percentile(sorted, 0.99) / 1e6);
        figures.put("max_ms", sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
        Properties properties = new Properties();
        figures.forEach((key, value) -> properties.setProperty(key, String.valueOf(value)));
        String store = params.getParam("store");
        Path file = file(Path.of(out), params.getBenchmark(), store == null ? "-" : store, params.getThreads());
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, params.getBenchmark());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties read(Path directory, String benchmark, String store, int threads) {
        Properties properties = new Properties();
        Path file = file(directory, benchmark, store, threads);
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static final class Buffer {
        private final Thread owner = Thread.currentThread();
        private long[] values = new long[1 << 12];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
