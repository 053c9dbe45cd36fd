package se.vinr.ledger.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.PlanId;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

/**
 * Command append over HTTP (issue 8, figure 1 through the real API): the application serving HTTP as the standalone
 * jar does (Tomcat, HTTP Basic, problem+json, idempotency keys; {@link Ledger#serve}) on a fresh store per workload
 * and client count, and closed-loop clients sending real requests with one shared {@link HttpClient} over HTTP/1.1
 * keep-alive connections, each request with an {@code Idempotency-Key} of its own (a UUID) unless
 * {@code -Dbench.http.idempotency-key=false}:
 * <ul>
 *     <li>{@link #NEW}: {@code POST /api/municipalities/{m}/plans}, each drafting a new plan;</li>
 *     <li>{@link #HOT}: {@code POST /api/municipalities/{m}/plans/hot/revisions}, each proposing
 *     {@link Ledger#REVISION_CONTENT} as a revision of the one plan drafted at the start.</li>
 * </ul>
 * Warm-up and measured iterations are the run's (as for the JMH figures). Every answer must be 2xx: any other, or a
 * request that fails, fails the figure. Not JMH, like the end-to-end and query figures: it runs in {@link RunAll}'s
 * JVM after the JMH figures, one application after another, clients and server sharing the JVM and the cores.
 */
final class HttpAppendBenchmark {

    static final String NEW = "HttpAppendBenchmark.newAggregate";
    static final String HOT = "HttpAppendBenchmark.hotAggregate";
    static final String NEW_LABEL = "append over HTTP: new aggregates (POST …/plans)";
    static final String HOT_LABEL = "append over HTTP: one hot aggregate (POST …/plans/{id}/revisions)";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The machine is shared: what a command costs in CPU says more than the rate when others run alongside. */
    private static final OperatingSystemMXBean CPU =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Settings settings;
    private final boolean idempotencyKeys;

    HttpAppendBenchmark(Settings settings) {
        this.settings = settings;
        this.idempotencyKeys = Boolean.parseBoolean(System.getProperty("bench.http.idempotency-key", "true"));
    }

    static String label(String group) {
        return group.equals(NEW) ? NEW_LABEL : HOT_LABEL;
    }

    /** One figure: {@code group} ({@link #NEW} or {@link #HOT}) by {@code threads} clients on a fresh {@code store}. */
    Row run(String group, String store, int threads) throws Exception {
        try (Ledger ledger = Ledger.serve(Store.fresh(store))) {
            boolean hot = group.equals(HOT);
            if (hot) {
                ledger.draftPlan(CommandAppendBenchmark.HOT);
            }
            LongFunction<HttpRequest> requests = hot ? revisions(ledger) : drafts(ledger);
            long eventsBefore = ledger.events();
            Load load = drive(requests, threads);
            long[] sorted = Latencies.sorted();
            long events = ledger.events();
            double perCommand = (double) (events - eventsBefore) / load.answered();
            long[] sizes = ledger.sizesOfLatestEvent(AggregateIds.plan(Ledger.MUNICIPALITY,
                    hot ? CommandAppendBenchmark.HOT : new PlanId("p1")));
            return new Row(label(group), store, threads, load.measured() / load.seconds() * perCommand, Double.NaN,
                    Arrays.stream(load.iterations()).min().orElse(Double.NaN) * perCommand,
                    Arrays.stream(load.iterations()).max().orElse(Double.NaN) * perCommand,
                    Latencies.percentile(sorted, 0.50) / 1e6, Latencies.percentile(sorted, 0.99) / 1e6,
                    Double.NaN, "", sorted.length,
                    RunAll.appendNote(perCommand, sizes[0], sizes[1], events) + "; HTTP/1.1 with Basic auth, "
                            + (idempotencyKeys ? "an Idempotency-Key on each request" : "no Idempotency-Key")
                            + "; max %.1f ms; CPU %.2f ms a command (the whole JVM: server, clients, projections)"
                            .formatted(sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6,
                                    load.cpuNanos() / 1e6 / load.measured()));
        }
    }

    /**
     * What the clients got done: commands answered 2xx in the measured iterations and in all (warm-up included),
     * the measured seconds, the commands/s of each measured iteration, and the CPU time the whole JVM took meanwhile.
     */
    private record Load(long measured, long answered, double seconds, double[] iterations, long cpuNanos) {
    }

    /**
     * {@code threads} closed-loop clients sending {@code requests} through warm-up and measured iterations, recording
     * the latency of each 2xx answer in {@link Latencies} while measuring; fails if any answer was not 2xx.
     */
    private Load drive(LongFunction<HttpRequest> requests, int threads) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong sent = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(pool.submit(() -> {
                    while (running.get()) {
                        HttpRequest request = requests.apply(sent.incrementAndGet());
                        long start = System.nanoTime();
                        String failure;
                        try {
                            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() / 100 == 2) {
                                Latencies.record(start);
                                answered.incrementAndGet();
                                continue;
                            }
                            failure = response.statusCode() + " " + response.body();
                        } catch (IOException e) {
                            failure = e.toString();
                        }
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, failure);
                    }
                    return null;
                }));
            }
            TimeUnit.SECONDS.sleep((long) settings.warmups() * settings.warmupSeconds());
            Latencies.measure(true);
            long cpuFrom = CPU.getProcessCpuTime();
            double[] iterations = new double[settings.iterations()];
            long from = System.nanoTime();
            long first = answered.get();
            long iterationFrom = from;
            long count = first;
            for (int i = 0; i < iterations.length; i++) {
                TimeUnit.SECONDS.sleep(settings.iterationSeconds());
                long now = System.nanoTime();
                long next = answered.get();
                iterations[i] = (next - count) / ((now - iterationFrom) / 1e9);
                iterationFrom = now;
                count = next;
            }
            Latencies.measure(false);
            long cpuNanos = CPU.getProcessCpuTime() - cpuFrom;
            running.set(false);
            for (Future<?> done : clients) {
                done.get();
            }
            if (failed.get() > 0) {
                throw new IllegalStateException("%,d of %,d requests not answered 2xx, the first: %s".formatted(
                        failed.get(), sent.get(), abbreviated(firstFailure.get())));
            }
            return new Load(count - first, answered.get(), (iterationFrom - from) / 1e9, iterations, cpuNanos);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            Latencies.measure(false);
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private LongFunction<HttpRequest> drafts(Ledger ledger) {
        ObjectMapper json = ledger.bean(ObjectMapper.class);
        Ledger.Api api = ledger.api();
        return n -> post(api, plans(), json(json, Ledger.draftRequest(new PlanId("p" + n))));
    }

    private LongFunction<HttpRequest> revisions(Ledger ledger) {
        byte[] body = json(ledger.bean(ObjectMapper.class), ledger.revisionRequest());
        Ledger.Api api = ledger.api();
        return n -> post(api, plans() + "/" + CommandAppendBenchmark.HOT.value() + "/revisions", body);
    }

    private static String plans() {
        return "/api/municipalities/" + Ledger.MUNICIPALITY.value() + "/plans";
    }

    private HttpRequest post(Ledger.Api api, String path, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path))
                .timeout(TIMEOUT)
                .header("Authorization", api.authorization())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (idempotencyKeys) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return request.build();
    }

    private static byte[] json(ObjectMapper json, Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
