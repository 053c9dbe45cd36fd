package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone jar's promise: what it acknowledged survives {@code kill -9}, and a restart neither loses nor
 * duplicates anything. Runs the application as a child JVM on an H2 file, kills it without warning right after
 * the last acknowledged command, starts it again on the same data directory.
 */
class KillAndRestartTest {

    private static final int REVISIONS = 25;
    private static final String ADMIN_PASSWORD = "kill-test-admin";

    @TempDir
    Path dataDir;
    private Process process;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void acknowledgedCommandsSurviveKillMinus9AndARestartDuplicatesNothing() throws Exception {
        int port = freePort();
        start(port);
        String base = "http://127.0.0.1:" + port + "/api/municipalities/provkommun";
        String registration = """
                {"name": "Provkommun", "municipalityCode": "0999"}""";
        assertThat(send("PUT", base, registration, null).statusCode()).isEqualTo(201);
        assertThat(send("POST", base + "/plans", """
                {"planId": "handlingsplan-2018-2020", "title": "Handlingsplan mot våld i nära relationer",
                 "periodStart": "2018-01-01", "periodEnd": "2020-12-31",
                 "responsibleBody": "Social- och arbetsmarknadsnämnden", "draftedOn": "2018-01-15"}""", null)
                .statusCode()).isEqualTo(201);
        for (int i = 1; i <= REVISIONS; i++) {
            HttpResponse<String> revision = send("POST", base + "/plans/handlingsplan-2018-2020/revisions", """
                    {"date": "2018-02-%02d", "goals": [{"code": "1", "title": "Delmål %d"}]}""".formatted(i, i), null);
            assertThat(revision.statusCode()).isEqualTo(200);
        }

        String history = "http://127.0.0.1:" + port + "/api/municipalities/goteborg/plans/vinr-2021-2024/history";
        awaitProjectionsCaughtUp(port);
        String loaded = send("GET", history, null, null).body();

        process.destroyForcibly().waitFor();
        start(port);

        // The real data loaded on the first start is loaded again on every start: the import ledger sends nothing.
        awaitProjectionsCaughtUp(port);
        assertThat(send("GET", history, null, null).body()).isEqualTo(loaded);

        // An Idempotency-Key used before the kill is remembered after it.
        assertThat(send("PUT", base, registration, null).headers().firstValue("Idempotent-Replayed")).isPresent();

        // Version 25 (draft + 25 revisions) is current: nothing acknowledged was lost, nothing was added.
        HttpResponse<String> next = send("POST", base + "/plans/handlingsplan-2018-2020/revisions", """
                {"date": "2018-03-01", "goals": [{"code": "1", "title": "Delmål"}]}""", "\"" + REVISIONS + "\"");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
        assertThat(next.body()).contains("\"version\":" + (REVISIONS + 1));
    }

    /** Waits until every projection has handled every event in the store (they catch up after start). */
    private void awaitProjectionsCaughtUp(int port) throws IOException, InterruptedException {
        String url = "http://127.0.0.1:" + port + "/api/admin/projections";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String status = send("GET", url, null, null).body();
        while (!caughtUp(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = send("GET", url, null, null).body();
        }
        assertThat(caughtUp(status)).as(status).isTrue();
    }

    private boolean caughtUp(String status) throws IOException {
        JsonNode projections = mapper.readTree(status).path("projections");
        if (projections.isEmpty()) {
            return false;
        }
        for (JsonNode projection : projections) {
            if (!projection.path("state").asText().equals("RUNNING") || projection.path("lag").asLong() != 0) {
                return false;
            }
        }
        return true;
    }

    /** Starts the application (kept in {@link #process} at once, so that it is stopped even if it never gets ready). */
    private void start(int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Daxoniq.update-checker.disabled=true", StandaloneApplication.class.getName(),
                "--server.port=" + port, "--vinr.data-dir=" + dataDir,
                "--vinr.security.admin-password=" + ADMIN_PASSWORD))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app-" + Instant.now().toEpochMilli() + ".log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application exited during start-up").isTrue();
            try {
                String readiness = "http://127.0.0.1:" + port + "/actuator/health/readiness";
                if (send("GET", readiness, null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application did not start within 180 s");
    }

    private HttpResponse<String> send(String method, String url, String json, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (method.equals("PUT")) {
            request.header("Idempotency-Key", "register-" + url.hashCode());
        }
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
