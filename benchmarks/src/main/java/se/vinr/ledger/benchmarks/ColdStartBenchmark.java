package se.vinr.ledger.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start of the standalone jar (issue 8, figure 5): {@code java -jar deploy/standalone/target/vinr-ledger.jar}
 * as the README runs it, on a fresh store (a new data directory; on PostgreSQL a new schema with the profile
 * {@code postgres}), timed from the launch until {@code /actuator/health/readiness} answers 200 (after the start-up
 * runners, i.e. the three real municipalities of deploy/data/ sent) and the municipality list shows all three and every
 * projection has caught up, with the process's RSS at that moment. The jar's JVM has its defaults, as the README's
 * command gives it. {@link #onStore} does the same on a store that already holds events (the replay's million).
 */
final class ColdStartBenchmark {

    static final String GROUP = "ColdStartBenchmark";
    static final String LABEL = "cold start of the standalone jar";
    static final double TARGET_SECONDS = 15;
    private static final String PASSWORD = "cold-start-benchmark";
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private final Path jar;
    private final Path logs;
    private final int runs;
    /** The municipalities of deploy/data/ the jar loads on its first start. */
    private static final List<String> REAL = List.of("gotland", "goteborg", "sundbyberg");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One start: seconds until ready with the data, and the RSS then. */
    record Start(double seconds, long rssBytes) {
    }

    ColdStartBenchmark(Path root, Path logs, boolean smoke) {
        this.jar = root.resolve("deploy/standalone/target/vinr-ledger.jar");
        this.logs = logs;
        this.runs = Integer.getInteger("bench.coldstart.runs", smoke ? 1 : 3);
    }

    /** Null when the jar is there, else what to do. */
    String problem() {
        return Files.isRegularFile(jar) ? null : jar + " is missing: build it with the benchmark command";
    }

    /** {@code runs} starts on fresh stores: the median start (p50 column, the slowest as p99) and its RSS. */
    List<Row> run(String kind) throws IOException, InterruptedException {
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            try (Store store = Store.fresh(kind)) {
                starts.add(start(store, "coldstart-" + kind + "-" + i));
            }
        }
        double[] seconds = starts.stream().mapToDouble(Start::seconds).sorted().toArray();
        Start median = starts.stream().filter(s -> s.seconds() == seconds[seconds.length / 2]).findFirst()
                .orElseThrow();
        System.out.printf("  %-45s %-8s %.1f s (%s), RSS %d MiB%n", LABEL, kind, median.seconds(),
                Arrays.toString(seconds), median.rssBytes() >> 20);
        return List.of(new Row(LABEL + ": fresh store, the 3 real municipalities loaded (ms)", kind, 1,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, median.seconds() * 1000,
                seconds[seconds.length - 1] * 1000, Double.NaN, "", runs,
                ("median of %d starts %.1f s (all: %s s) until readiness and the three municipalities in the views;"
                        + " RSS then %d MiB; target < %.0f s: %s").formatted(runs, median.seconds(),
                        Arrays.stream(seconds).mapToObj(s -> "%.1f".formatted(s)).toList(), median.rssBytes() >> 20,
                        TARGET_SECONDS, median.seconds() < TARGET_SECONDS ? "met" : "not met")),
                Memory.row("RSS of the standalone jar after the 3 real municipalities", kind, median.rssBytes()));
    }

    /** One start on {@code store}, which holds {@code events} events already: a row of its own. */
    List<Row> onStore(Store store, long events) throws IOException, InterruptedException {
        Start start = start(store, "start-" + store.kind() + "-" + events);
        System.out.printf("  %-45s %-8s %.1f s with %,d events, RSS %d MiB%n", LABEL, store.kind(), start.seconds(),
                events, start.rssBytes() >> 20);
        return List.of(new Row(LABEL + ": %,d events in the store (ms)".formatted(events), store.kind(), 1,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, start.seconds() * 1000, Double.NaN, Double.NaN, "", 1,
                "until readiness and the three real municipalities in the views, loaded on top of the events"),
                Memory.row("RSS of the standalone jar started on %,d events".formatted(events), store.kind(),
                        start.rssBytes()));
    }

    private Start start(Store store, String name) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--server.port=" + port));
        if (store.directory() != null) {
            command.add("--vinr.data-dir=" + store.directory().toAbsolutePath());
        } else {
            command.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + store.url(),
                    "--spring.datasource.username=" + store.user(),
                    "--spring.datasource.password=" + store.password()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().put("VINR_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("VINR_SECURITY_MODE", "basic");
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        long launched = System.nanoTime();
        Process process = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitTrue(process, () -> status(base + "/actuator/health/readiness") == 200);
            awaitTrue(process, () -> loaded(base));
            double seconds = (System.nanoTime() - launched) / 1e9;
            return new Start(seconds, Memory.residentBytes(process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private interface Check {
        boolean ok() throws IOException, InterruptedException;
    }

    private static void awaitTrue(Process process, Check check) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the standalone jar exited with " + process.exitValue());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the standalone jar was not ready within " + LIMIT);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Whether the municipality list shows the three real ones and every projection has caught up. */
    private boolean loaded(String base) throws IOException, InterruptedException {
        JsonNode listed = get(base + "/api/municipalities");
        List<String> ids = listed == null ? List.of() : listed.findValuesAsText("id");
        if (!ids.containsAll(REAL)) {
            return false;
        }
        JsonNode projections = get(base + "/api/admin/projections");
        return projections != null && projections.findValues("lag").stream().allMatch(lag -> lag.asLong() == 0);
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + auth).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
