package se.vinr.ledger.services;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command service and the query service as they are deployed: separate processes from their executable jars,
 * two of each, on one PostgreSQL. The command services keep their tables in one schema, the query services theirs in
 * another and read only the event store of the first. Commands go to the command services over HTTP, reads to the
 * query services. Starting the four JVMs is the expensive part, so the tests share them and each works in
 * municipalities of its own; they run in order because the last one stops a query instance. A command instance
 * killed mid-load, and a query instance killed mid-rebuild: {@link CrashSafetyTest}.
 */
@EnabledIf(value = "se.vinr.ledger.services.TestDatabase#available",
        disabledReason = "no PostgreSQL: set VINR_TEST_POSTGRES_URL or run Docker")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SplitDeploymentTest {

    private static final String COMMAND_SCHEMA = TestDatabase.newSchemaName("cmd");
    private static final String QUERY_SCHEMA = TestDatabase.newSchemaName("qry");
    private static final List<String> PROCESSORS = List.of("organisation", "plans");

    private static TestDatabase db;
    private static ServiceProcess commandA;
    private static ServiceProcess commandB;
    private static ServiceProcess queryX;
    private static ServiceProcess queryY;

    private final Api api = new Api();
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void startServices() throws Exception {
        db = TestDatabase.get();
        // The first command service creates the event store the query services read.
        commandA = ServiceProcess.of("command-a", "command-side", settings()).launch().awaitReady();
        commandB = ServiceProcess.of("command-b", "command-side", settings()).launch();
        List<String> query = Stream.concat(settings().stream(), Stream.of("--vinr.db.query-schema=" + QUERY_SCHEMA))
                .toList();
        queryX = ServiceProcess.of("query-x", "query-side", query).launch();
        queryY = ServiceProcess.of("query-y", "query-side", query).launch();
        commandB.awaitReady();
        queryX.awaitReady();
        queryY.awaitReady();
        // The steady state: 4 segments per projection, 2 instances, each holding 2 of every projection.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                PROCESSORS.forEach(processor -> assertThat(claims(processor)).as(processor)
                        .containsOnly(Map.entry(queryX.name(), 2L), Map.entry(queryY.name(), 2L))));
    }

    @AfterAll
    static void stopServices() throws Exception {
        for (ServiceProcess service : new ServiceProcess[]{queryX, queryY, commandA, commandB}) {
            if (service != null) {
                service.stop();
            }
        }
        if (db != null) {
            db.dropSchema(QUERY_SCHEMA);
            db.dropSchema(COMMAND_SCHEMA);
        }
    }

    private static List<String> settings() {
        return List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(),
                "--vinr.db.command-schema=" + COMMAND_SCHEMA,
                "--vinr.security.mode=basic",
                "--vinr.security.admin-password=" + Api.ADMIN_PASSWORD);
    }

    /**
     * Also the informal measurement of the end-to-end latency: from the command service's answer to the row in the
     * query services' read model (what their API answers from), under one client sending as fast as it is answered.
     */
    @Test
    @Order(1)
    void whatTheCommandServiceAcceptedTheQueryServicesShow() throws Exception {
        int commands = 300;
        List<String> ids = IntStream.range(0, commands).mapToObj(i -> "lat-" + run + "-" + i).toList();
        Map<String, Long> answered = new ConcurrentHashMap<>();
        Map<String, Long> visible = new ConcurrentHashMap<>();
        Map<String, Long> maxLag = new ConcurrentHashMap<>();
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService watchers = Executors.newFixedThreadPool(2);
        Future<?> reader = watchers.submit(() -> {
            while (visible.size() < commands) {
                List<String> rows = db.jdbc().sql("SELECT municipality_id FROM " + QUERY_SCHEMA
                        + ".rm_municipality WHERE municipality_id LIKE ?").param("lat-" + run + "-%")
                        .query(String.class).list();
                long now = System.nanoTime();
                rows.forEach(id -> visible.putIfAbsent(id, now));
                Thread.sleep(10);
            }
            return null;
        });
        Future<?> lagSampler = watchers.submit(() -> {
            do {
                for (ServiceProcess query : List.of(queryX, queryY)) {
                    for (JsonNode projection : api.getJson(query.url("/api/admin/projections")).path("projections")) {
                        maxLag.merge(projection.path("name").asText(), projection.path("lag").asLong(), Math::max);
                    }
                }
            } while (!written.await(100, TimeUnit.MILLISECONDS));
            return null;
        });

        long started = System.nanoTime();
        for (String id : ids) {
            HttpResponse<String> response = api.send("PUT", commandA.url("/api/municipalities/" + id),
                    Api.municipality(id));
            answered.put(id, System.nanoTime());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        written.countDown();
        await().atMost(Duration.ofSeconds(30)).until(reader::isDone);
        reader.get();
        lagSampler.get();
        watchers.shutdown();

        for (ServiceProcess query : List.of(queryX, queryY)) {
            String listed = api.get(query.url("/api/municipalities")).body();
            assertThat(ids).as("listed by " + query.name()).allMatch(id -> listed.contains("\"id\":\"" + id + "\""));
        }
        List<Double> latencies = ids.stream()
                .map(id -> Math.max(0, visible.get(id) - answered.get(id)) / 1e6).sorted().toList();
        report("End-to-end latency (command service 201 -> row in the query services' read model), %d commands "
                        + "from one client at %.0f commands/s: median %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "largest lag seen on an instance: %s events",
                commands, commands / seconds, percentile(latencies, 0.50), percentile(latencies, 0.99),
                latencies.get(latencies.size() - 1), maxLag);
    }

    @Test
    @Order(2)
    void twoQueryInstancesShareTheSegmentsAndHandleEachEventOnce() throws Exception {
        PROCESSORS.forEach(processor -> assertThat(claims(processor)).as(processor)
                .containsOnly(Map.entry(queryX.name(), 2L), Map.entry(queryY.name(), 2L)));
        Map<ServiceProcess, Double> before = handledByOrganisation();

        int municipalities = 40;
        for (int i = 0; i < municipalities; i++) {
            String id = "once-" + run + "-" + i;
            assertThat(api.send("PUT", commandB.url("/api/municipalities/" + id), Api.municipality(id)).statusCode())
                    .isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> db.jdbc().sql("SELECT COUNT(*) FROM " + QUERY_SCHEMA
                + ".rm_municipality WHERE municipality_id LIKE ?").param("once-" + run + "-%")
                .query(Long.class).single() == municipalities);

        // Every new event handled by exactly one of the two, and both did part of the work.
        Map<ServiceProcess, Double> after = handledByOrganisation();
        double byX = after.get(queryX) - before.get(queryX);
        double byY = after.get(queryY) - before.get(queryY);
        assertThat(byX + byY).isEqualTo(municipalities);
        assertThat(byX).isPositive();
        assertThat(byY).isPositive();
        String listedByY = api.get(queryY.url("/api/municipalities")).body();
        assertThat(IntStream.range(0, municipalities).mapToObj(i -> "once-" + run + "-" + i))
                .allMatch(id -> listedByY.contains("\"id\":\"" + id + "\""));
    }

    @Test
    @Order(3)
    void twoCommandInstancesRacingOnOneAggregateStoreEveryAcceptedCommandOnceAndRefuseTheRestWith409()
            throws Exception {
        String municipality = "race-" + run;
        assertThat(api.send("PUT", commandA.url("/api/municipalities/" + municipality),
                Api.municipality(municipality)).statusCode()).isEqualTo(201);
        record Answer(String unitId, int status, String body) {
        }
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<List<Answer>>> perClient = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            ServiceProcess target = client % 2 == 0 ? commandA : commandB;
            int number = client;
            perClient.add(clients.submit(() -> {
                List<Answer> answers = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    String unitId = "u-" + number + "-" + i;
                    HttpResponse<String> response = api.send("POST",
                            target.url("/api/municipalities/" + municipality + "/units"), Api.unit(unitId));
                    answers.add(new Answer(unitId, response.statusCode(), response.body()));
                }
                return answers;
            }));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<List<Answer>> client : perClient) {
            answers.addAll(client.get());
        }
        clients.shutdown();

        assertThat(answers).extracting(Answer::status).containsOnly(201, 409);
        answers.stream().filter(a -> a.status() == 409).forEach(conflict ->
                assertThat(Api.parse(conflict.body()).path("type").asText()).isEqualTo("urn:vinr:problem:conflict"));
        List<String> accepted = answers.stream().filter(a -> a.status() == 201).map(Answer::unitId).toList();
        Map<Long, String> stored = registeredUnits(municipality);
        assertThat(stored.values()).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(
                answers.stream().filter(a -> a.status() == 201)
                        .map(a -> Api.parse(a.body()).path("version").asLong()).toList());
        // the aggregate's sequence has no gap: registration 0, then one number per accepted unit
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, accepted.size()).mapToObj(Long::valueOf).toList());
        report("Two command instances, 4 clients, 60 units on one municipality: %d stored, %d refused with 409",
                accepted.size(), answers.size() - accepted.size());
    }

    /** Probes open to all, their details and the metrics for ADMIN; errors and correlation ids on the query side too. */
    @Test
    @Order(4)
    void aReplayWhileTheOtherQueryInstanceHoldsSegmentsIsRefusedAndBothKeepProjecting() throws Exception {
        HttpResponse<String> refused = api.send("POST", queryX.url("/api/admin/projections/organisation/replay"), null);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("another instance of the query service holds some of its segments");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(claims("organisation"))
                .containsOnly(Map.entry(queryX.name(), 2L), Map.entry(queryY.name(), 2L)));
        String id = "after-refusal-" + run;
        assertThat(api.send("PUT", commandA.url("/api/municipalities/" + id), Api.municipality(id)).statusCode())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(queryY.url("/api/municipalities")).body()
                .contains("\"id\":\"" + id + "\""));
    }

    @Test
    @Order(5)
    void eachServiceAnswersProbesMetricsAndErrorsOnItsOwn() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        for (ServiceProcess service : List.of(commandA, queryX)) {
            HttpResponse<String> readiness = anonymous.send(HttpRequest.newBuilder(URI.create(
                    service.url("/actuator/health/readiness"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(Api.parse(api.get(service.url("/actuator/health")).body()).path("components").path("db")
                    .path("status").asText()).isEqualTo("UP");
            HttpResponse<String> metrics = anonymous.send(HttpRequest.newBuilder(URI.create(
                    service.url("/actuator/prometheus"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(401);
            // one JSON object per log line (ECS)
            assertThat(Files.readAllLines(Path.of("target", "service-logs", service.name() + "-1.log")))
                    .filteredOn(line -> line.startsWith("{")).hasSizeGreaterThan(10)
                    .allSatisfy(line -> assertThat(Api.parse(line).path("@timestamp").isTextual()).isTrue());
        }
        assertThat(api.get(commandA.url("/actuator/prometheus")).body())
                .contains("commandBus_allTimer_seconds_count{payloadType=\"RegisterMunicipality\"}");
        assertThat(api.get(queryX.url("/actuator/prometheus")).body())
                .contains("vinr_projection_lag_events{processor=\"organisation\"}")
                .contains("eventProcessor_latency{processorName=\"plans\"}");

        HttpResponse<String> notAWrite = api.send("POST", queryX.url("/api/municipalities"), "{}",
                "X-Correlation-Id", "corr-" + run);
        assertThat(notAWrite.statusCode()).isEqualTo(405);
        assertThat(notAWrite.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(notAWrite.headers().firstValue("X-Correlation-Id")).hasValue("corr-" + run);
    }

    @Test
    @Order(6)
    void aQueryInstanceStoppedGracefullyHandsItsSegmentsToTheOther() throws Exception {
        queryY.stop();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                PROCESSORS.forEach(processor -> assertThat(claims(processor)).as(processor)
                        .containsOnly(Map.entry(queryX.name(), 4L))));
        String id = "after-" + run;
        assertThat(api.send("PUT", commandA.url("/api/municipalities/" + id), Api.municipality(id)).statusCode())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                api.get(queryX.url("/api/municipalities")).body().contains("\"id\":\"" + id + "\""));
        // the views hold what the store holds: every municipality registered once
        await().atMost(Duration.ofSeconds(15)).until(() -> db.jdbc().sql("SELECT COUNT(*) FROM " + QUERY_SCHEMA
                + ".rm_municipality").query(Long.class).single().equals(db.jdbc().sql("SELECT COUNT(*) FROM "
                + COMMAND_SCHEMA + ".DomainEventEntry WHERE payloadType LIKE '%.MunicipalityRegistered'")
                .query(Long.class).single()));
    }

    /** The query instances holding a projection's segments, by name, and how many each holds. */
    private static Map<String, Long> claims(String processor) {
        Map<String, ServiceProcess> byOwner = new HashMap<>();
        for (ServiceProcess query : List.of(queryX, queryY)) {
            if (query.alive()) {
                byOwner.put(query.tokenOwnerPrefix(), query);
            }
        }
        Function<String, String> instance = owner -> owner == null ? "nobody" : byOwner.entrySet().stream()
                .filter(e -> owner.startsWith(e.getKey())).map(e -> e.getValue().name()).findFirst().orElse(owner);
        return db.jdbc().sql("SELECT owner FROM " + QUERY_SCHEMA + ".TokenEntry WHERE processorName = ?")
                .param(processor).query((rs, i) -> instance.apply(rs.getString(1))).list().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Events of the organisation projection each query instance has handled (its Prometheus counter). */
    private Map<ServiceProcess, Double> handledByOrganisation() throws IOException, InterruptedException {
        Map<ServiceProcess, Double> handled = new HashMap<>();
        for (ServiceProcess query : List.of(queryX, queryY)) {
            String metrics = api.get(query.url("/actuator/prometheus")).body();
            handled.put(query, metrics.lines()
                    .filter(line -> line.startsWith("eventProcessor_successCounter_total{")
                            && line.contains("processorName=\"organisation\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
        }
        return handled;
    }

    /** The units registered in the municipality's event stream, by sequence number. */
    private Map<Long, String> registeredUnits(String municipality) {
        Map<Long, String> units = new HashMap<>();
        db.jdbc().sql("SELECT sequenceNumber, payload FROM " + COMMAND_SCHEMA + ".DomainEventEntry "
                        + "WHERE aggregateIdentifier = ? AND payloadType LIKE '%.UnitRegistered'")
                .param(municipality)
                .query((rs, i) -> Map.entry(rs.getLong(1), Api.parse(new String(rs.getBytes(2),
                        StandardCharsets.UTF_8)).path("unitId").asText()))
                .list().forEach(entry -> assertThat(units.put(entry.getKey(), entry.getValue())).isNull());
        return units;
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** Informal measurements: printed, and kept in target/split-deployment.txt; never asserted. */
    private static void report(String format, Object... values) throws IOException {
        String line = format.formatted(values);
        System.out.println(line);
        Files.writeString(Path.of("target", "split-deployment.txt"), line + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
