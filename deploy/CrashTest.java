import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Crash safety, as anyone can check it on the built jars (JDK 17+ only, no build of its own):
 *
 * <pre>
 * java deploy/CrashTest.java standalone                    # deploy/standalone/target/vinr-ledger.jar on an H2 file
 * java deploy/CrashTest.java services --db-url jdbc:postgresql://127.0.0.1:5432/test [--db-user postgres]
 *                                                          # command-side and query-side jars on PostgreSQL
 * </pre>
 *
 * Starts the service(s), has several clients send a steady load of writes (counted training batches and unit
 * registrations), each with an Idempotency-Key and an X-Correlation-Id of its own, and {@code kill -9}s the process
 * that takes the writes mid-load. It restarts it; the clients send what got no answer again, with the same key,
 * until it is answered. Then it proves, through the auditors' API (whose {@code verify} recomputes the hash chain
 * from the event store itself): every write answered 2xx is in the event store exactly once, none twice; the views
 * hold the same counts; the chain verifies. Then it starts a rebuild of the tracking projection, {@code kill -9}s
 * the process that runs it once the rebuild has made progress, restarts it, and proves the rebuild resumes from its
 * tokens to the same counts as a clean rebuild. Prints the counts and PASS or FAIL (exit status 0 or 1).
 * Options: --clients 4, --writes 100 (per client), --work-dir (default: a new temporary directory), --jar,
 * --command-jar, --query-jar, --db-password, --command-schema, --query-schema (default: new names; left in place),
 * --run (names the municipality crash-RUN and the writes' keys crash-RUN-CLIENT-N; default: random).
 */
public class CrashTest {

    private static final String PASSWORD = "crash-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String COURSE = "nck-webbkurs";
    private static final String UNIT = "hemtjanst";
    private static final String REBUILT = "tracking";

    private final Map<String, String> options;
    private final Path workDir;
    private final String run;
    private final String municipality;
    private final List<String> failures = new ArrayList<>();
    /** The process taking writes, and the one running the projections (the same one when standalone). */
    private Service writes;
    private Service reads;

    CrashTest(Map<String, String> options) throws IOException {
        this.options = options;
        this.run = options.getOrDefault("run", UUID.randomUUID().toString().substring(0, 8));
        this.municipality = "crash-" + run;
        this.workDir = options.containsKey("work-dir") ? Files.createDirectories(Path.of(options.get("work-dir")))
                : Files.createTempDirectory("vinr-crash-test");
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("standalone", "services").contains(args[0])) {
            System.err.println("usage: java deploy/CrashTest.java standalone|services [--option value ...]"
                    + " (see the comment at the top of the file)");
            System.exit(2);
        }
        Map<String, String> options = new LinkedHashMap<>();
        options.put("mode", args[0]);
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        CrashTest test = new CrashTest(options);
        boolean passed;
        try {
            passed = test.run();
        } finally {
            test.stop();
        }
        System.out.println(passed ? "PASS" : "FAIL");
        System.exit(passed ? 0 : 1);
    }

    boolean run() throws Exception {
        start();
        setUp();
        Load load = load(Integer.parseInt(options.getOrDefault("clients", "4")),
                Integer.parseInt(options.getOrDefault("writes", "100")));
        Counts expected = load.expected();
        report("writes", "%d sent by %d clients, %d answered 2xx, %d refused; %d left unanswered by the kill and sent "
                        + "again, %d of those answered from their Idempotency-Key (stored before the kill)",
                load.writes.size(), load.clients, load.answered(), load.refused(), load.retried.get(),
                load.replayed.get());
        check(load.refused() == 0, "every write is answered 2xx, got: " + load.refusals());
        check(load.retried.get() > 0, "the kill left writes unanswered (it came mid-load)");

        awaitCaughtUp();
        checkStore(load);
        Counts afterKill = counts();
        report("views after the kill", "%s (expected %s)", afterKill, expected);
        check(afterKill.equals(expected), "the views after the kill hold what was answered");

        Counts resumed = killMidRebuild();
        report("views after a rebuild killed midway", "%s", resumed);
        check(resumed.equals(expected), "a rebuild killed midway resumes from its tokens to the same counts");

        Counts clean = rebuild();
        report("views after a clean rebuild", "%s", clean);
        check(clean.equals(expected), "a clean rebuild gives the same counts");
        checkChain();
        failures.forEach(failure -> System.out.println("FAILED: " + failure));
        return failures.isEmpty();
    }

    // ---- the services

    private void start() throws Exception {
        List<String> security = List.of("--vinr.security.mode=basic", "--vinr.security.admin-password=" + PASSWORD);
        if (options.get("mode").equals("standalone")) {
            Path jar = Path.of(options.getOrDefault("jar", "deploy/standalone/target/vinr-ledger.jar"));
            List<String> arguments = new ArrayList<>(security);
            arguments.add("--vinr.data-dir=" + workDir.resolve("data"));
            writes = new Service("standalone", jar, arguments, workDir);
            reads = writes;
            writes.launch().awaitReady();
            report("standalone", "%s on port %d, data in %s", jar, writes.port, workDir.resolve("data"));
            return;
        }
        String url = Objects.requireNonNull(options.get("db-url"), "services needs --db-url jdbc:postgresql://…");
        String commandSchema = options.getOrDefault("command-schema", "crash_cmd_" + run);
        String querySchema = options.getOrDefault("query-schema", "crash_qry_" + run);
        List<String> database = new ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + options.getOrDefault("db-user", "postgres"),
                "--spring.datasource.password=" + options.getOrDefault("db-password", ""),
                "--vinr.db.command-schema=" + commandSchema));
        database.addAll(security);
        writes = new Service("command-side", jar("command-jar", "command-side"), database, workDir);
        List<String> query = new ArrayList<>(database);
        query.add("--vinr.db.query-schema=" + querySchema);
        reads = new Service("query-side", jar("query-jar", "query-side"), query, workDir);
        writes.launch().awaitReady();
        reads.launch().awaitReady();
        report("services", "command-side on port %d, query-side on port %d, schemas %s and %s on %s (left in place)",
                writes.port, reads.port, commandSchema, querySchema, url);
    }

    private void stop() {
        for (Service service : new Service[]{writes, reads}) {
            if (service != null) {
                service.stop();
            }
        }
        System.out.println("logs in " + workDir);
    }

    /** The jar the option names, else the service's executable jar as the build leaves it. */
    private Path jar(String option, String module) throws IOException {
        if (options.containsKey(option)) {
            return Path.of(options.get(option));
        }
        try (var files = Files.list(Path.of(module, "target"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar in " + module + "/target: build "
                            + "with ./mvnw -B -DskipTests package, or name it with --" + option));
        }
    }

    // ---- the load

    private void setUp() throws Exception {
        String m = "/api/municipalities/" + municipality;
        expectOk(send(writes, "PUT", m, "{\"name\": \"Krocktestkommun\", \"municipalityCode\": \"0999\"}",
                "setup-m-" + run));
        expectOk(send(writes, "POST", m + "/units", unit(UNIT), "setup-u-" + run));
        expectOk(send(writes, "POST", m + "/courses", "{\"courseCode\": \"" + COURSE + "\", \"title\": \"Webbkurs\", "
                + "\"provider\": \"NCK\", \"stimulusPerCertificateSek\": 500}", "setup-c-" + run));
    }

    private static String unit(String unitId) {
        return "{\"unitId\": \"" + unitId + "\", \"name\": \"Enhet " + unitId + "\", \"department\": \"Socialtjänsten\","
                + " \"operator\": \"OWN\", \"headcount\": 10}";
    }

    /** One write of the load: a counted training batch, or a unit registration; its key is its correlation id. */
    record Write(String key, String path, String body, int completions, String unitId) {
    }

    /** What one write got: its status (0: never answered) and whether it was answered from its Idempotency-Key. */
    record Answer(int status, boolean replayed, String body) {
    }

    final class Load {
        final int clients;
        final List<Write> writes = new ArrayList<>();
        final Map<String, Answer> answers = new ConcurrentHashMap<>();
        final AtomicInteger retried = new AtomicInteger();
        final AtomicInteger replayed = new AtomicInteger();

        Load(int clients) {
            this.clients = clients;
        }

        long answered() {
            return answers.values().stream().filter(a -> a.status / 100 == 2).count();
        }

        long refused() {
            return writes.size() - answered();
        }

        String refusals() {
            return answers.entrySet().stream().filter(e -> e.getValue().status / 100 != 2).limit(5)
                    .map(e -> e.getKey() + " " + e.getValue().status + " " + e.getValue().body)
                    .collect(Collectors.joining("; "));
        }

        Counts expected() {
            List<Write> stored = writes.stream().filter(w -> answers.get(w.key).status / 100 == 2).toList();
            return new Counts(stored.stream().mapToLong(Write::completions).sum(),
                    1 + stored.stream().filter(w -> w.unitId != null).count());
        }
    }

    /**
     * Each client sends its writes one after the other; the process taking them is killed once a third of them have
     * been answered, and started again. A write that gets no answer is sent again until it is answered.
     */
    private Load load(int clients, int perClient) throws Exception {
        Load load = new Load(clients);
        String m = "/api/municipalities/" + municipality;
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < perClient; i++) {
                String key = "crash-" + run + "-" + c + "-" + i;
                load.writes.add(i % 2 == 0
                        ? new Write(key, m + "/training-completions", "{\"courseCode\": \"" + COURSE + "\", \"unitId\": \""
                        + UNIT + "\", \"completedOn\": \"2024-03-01\", \"count\": " + (1 + i % 5) + "}", 1 + i % 5, null)
                        : new Write(key, m + "/units", unit("u-" + c + "-" + i), 0, "u-" + c + "-" + i));
            }
        }
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Write> mine = load.writes.subList(c * perClient, (c + 1) * perClient);
            running.add(pool.submit(() -> {
                for (Write write : mine) {
                    load.answers.put(write.key, sendUntilAnswered(write, load));
                    answered.incrementAndGet();
                }
                return null;
            }));
        }
        await(Duration.ofSeconds(120), () -> answered.get() >= load.writes.size() / 3, "a third of the load answered");
        writes.kill9();
        report("kill -9", "%s after %d of %d writes were answered", writes.name, answered.get(), load.writes.size());
        writes.launch().awaitReady();
        for (Future<?> client : running) {
            client.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return load;
    }

    private Answer sendUntilAnswered(Write write, Load load) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        boolean unanswered = false;
        while (true) {
            try {
                HttpResponse<String> response = send(writes, "POST", write.path, write.body, write.key);
                boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
                if (unanswered) {
                    load.retried.incrementAndGet();
                    if (replayed) {
                        load.replayed.incrementAndGet();
                    }
                }
                return new Answer(response.statusCode(), replayed, response.body());
            } catch (IOException noAnswer) {
                unanswered = true;
                if (Instant.now().isAfter(deadline)) {
                    return new Answer(0, false, noAnswer.toString());
                }
                Thread.sleep(100);
            }
        }
    }

    // ---- what the store and the views hold

    /** The figures of the load the views show: training completions counted, and units. */
    record Counts(long completions, long units) {
        @Override
        public String toString() {
            return completions + " completions counted, " + units + " units";
        }
    }

    private Counts counts() throws Exception {
        Map<String, Object> coverage = Json.object(get(reads, "/api/municipalities/" + municipality
                + "/training-coverage"));
        Map<String, Object> course = Json.list(coverage.get("courses")).stream().map(Json::object)
                .filter(c -> COURSE.equals(c.get("courseCode"))).findFirst().orElseThrow();
        long counted = ((Number) Json.object(course.get("total")).get("counted")).longValue();
        return new Counts(counted, Json.list(course.get("units")).size());
    }

    /** Every write answered 2xx is one event of the store, under its correlation id; none is there twice. */
    private void checkStore(Load load) throws Exception {
        Map<String, Integer> stored = new LinkedHashMap<>();
        String page = "/api/audit/municipalities/" + municipality + "/events?limit=1000";
        for (Object next = ""; next != null; ) {
            Map<String, Object> events = Json.object(get(reads, page + (next.equals("") ? "" : "&after=" + next)));
            for (Object event : Json.list(events.get("events"))) {
                if (Json.object(event).get("correlationId") instanceof String id && id.startsWith("crash-" + run)) {
                    stored.merge(id, 1, Integer::sum);
                }
            }
            next = events.get("next");
        }
        long answeredAndStoredOnce = load.writes.stream()
                .filter(w -> load.answers.get(w.key).status / 100 == 2 && stored.getOrDefault(w.key, 0) == 1).count();
        List<String> twice = stored.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        report("event store", "%d events of the load, %d answered writes stored exactly once, %d stored twice or more",
                stored.values().stream().mapToInt(Integer::intValue).sum(), answeredAndStoredOnce, twice.size());
        check(answeredAndStoredOnce == load.answered(), "every write answered 2xx is in the store exactly once");
        check(twice.isEmpty(), "no write is stored twice: " + twice);
        check(stored.size() == load.answered(), "nothing but the answered writes is stored");
    }

    private void checkChain() throws Exception {
        Map<String, Object> verification = Json.object(get(reads, "/api/audit/municipalities/" + municipality
                + "/verify"));
        report("hash chain", "ok=%s, %s events checked", verification.get("ok"), verification.get("eventsChecked"));
        check(Boolean.TRUE.equals(verification.get("ok")), "the hash chain verifies against the event store: "
                + verification.get("firstBreak"));
    }

    // ---- rebuilds

    /** Starts a rebuild, kills the process running it once it has made progress, and lets it resume after a start. */
    private Counts killMidRebuild() throws Exception {
        for (int attempt = 1; ; attempt++) {
            expectOk(send(reads, "POST", "/api/admin/projections/" + REBUILT + "/replay", null, null));
            Map<String, Object> replay = Map.of();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(deadline)) {
                replay = Json.object(Json.object(get(reads, "/api/admin/projections/" + REBUILT)).get("replay"));
                if (replay.get("finishedAt") != null || ((Number) replay.get("done")).longValue() > 0) {
                    break;
                }
                Thread.sleep(5);
            }
            boolean midway = replay.get("finishedAt") == null;
            if (midway) {
                reads.kill9();
            }
            report("rebuild of " + REBUILT, "%s at %s of %s events", midway ? "kill -9 of " + reads.name
                    : "finished before the kill (attempt " + attempt + ")", replay.get("done"), replay.get("total"));
            if (midway) {
                reads.launch().awaitReady();
                Map<String, Object> resumed = Json.object(get(reads, "/api/admin/projections/" + REBUILT));
                report("after the restart", "%s at position %s of %s", resumed.get("state"), resumed.get("position"),
                        resumed.get("head"));
                awaitCaughtUp();
                return counts();
            }
            if (attempt == 3) {
                check(false, "the rebuild was caught midway (more events: --writes)");
                return counts();
            }
        }
    }

    private Counts rebuild() throws Exception {
        expectOk(send(reads, "POST", "/api/admin/projections/" + REBUILT + "/replay", null, null));
        await(Duration.ofSeconds(120), () -> {
            Map<String, Object> replay = Json.object(Json.object(get(reads, "/api/admin/projections/" + REBUILT))
                    .get("replay"));
            return replay.get("finishedAt") != null;
        }, "the clean rebuild finished");
        awaitCaughtUp();
        return counts();
    }

    /** Every projection running, with nothing left to handle, and the audit chain holding the last event. */
    private void awaitCaughtUp() throws InterruptedException {
        await(Duration.ofSeconds(120), () -> {
            List<Object> projections = Json.list(Json.object(get(reads, "/api/admin/projections")).get("projections"));
            Map<String, Object> verification = Json.object(get(reads, "/api/audit/municipalities/" + municipality
                    + "/verify"));
            return !projections.isEmpty() && projections.stream().map(Json::object).allMatch(p ->
                    "RUNNING".equals(p.get("state")) && ((Number) p.get("lag")).longValue() == 0)
                    && ((Number) verification.get("eventsNotYetChained")).longValue() == 0;
        }, "the projections caught up");
    }

    // ---- plumbing

    private void check(boolean holds, String what) {
        System.out.println((holds ? "ok:     " : "FAILED: ") + what);
        if (!holds) {
            failures.add(what);
        }
    }

    private static void report(String what, String format, Object... values) {
        System.out.println(String.format("%-40s", what + ":") + String.format(format, values));
    }

    private static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static HttpResponse<String> send(Service service, String method, String path, String json,
                                             String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey).header("X-Correlation-Id", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(Service service, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(service.uri(path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", authorization()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static void await(Duration atMost, BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                last = notYet;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not within " + atMost.toSeconds() + " s: " + what, last);
    }

    /** One service's JVM, started from its jar; its output goes to a log file in the work directory. */
    static final class Service {
        final String name;
        final Path jar;
        final List<String> arguments;
        final Path logs;
        final int port;
        Process process;
        int starts;

        Service(String name, Path jar, List<String> arguments, Path logs) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("no jar at " + jar + ": build with ./mvnw -B -DskipTests package");
            }
            this.name = name;
            this.jar = jar;
            this.arguments = arguments;
            this.logs = logs;
            this.port = freePort();
        }

        Service launch() throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString(), "--server.port=" + port));
            command.addAll(arguments);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logs.resolve(name + "-" + (++starts) + ".log").toFile()).start();
            return this;
        }

        void awaitReady() throws InterruptedException {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited during start-up; see " + logs);
                }
                try {
                    if (HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // keep waiting
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException(name + " was not ready within 180 s; see " + logs);
        }

        /** SIGKILL: no shutdown hook runs, nothing is flushed or released. */
        void kill9() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(60, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Just enough JSON: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("trailing text in JSON at " + json.at);
            }
            return value;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(Object value) {
            return value instanceof String text ? (Map<String, Object>) parse(text) : (Map<String, Object>) value;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object value) {
            return (List<Object>) value;
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                space();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                do {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    object.put(key, value());
                    space();
                } while (text.charAt(at++) == ',');
                return object;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                do {
                    list.add(value());
                    space();
                } while (text.charAt(at++) == ',');
                return list;
            }
            if (c == '"') {
                return string();
            }
            for (Map.Entry<String, Object> literal : Map.<String, Object>of("true", true, "false", false).entrySet()) {
                if (text.startsWith(literal.getKey(), at)) {
                    at += literal.getKey().length();
                    return literal.getValue();
                }
            }
            if (text.startsWith("null", at)) {
                at += 4;
                return null;
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            return number.matches("-?\\d+") ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
            at++;
            return out.toString();
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) {
                throw new IllegalArgumentException("expected '" + c + "' in JSON at " + (at - 1));
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
