package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command as a new user runs it: the packaged jar ({@code java -jar vinr-ledger.jar}, nothing
 * else on its class path) in an empty directory starts, loads the three municipalities' real data and serves the
 * API and its OpenAPI description. Runs after {@code package} (failsafe), so what is tested is what ships.
 */
class StandaloneJarIT {

    @TempDir
    Path workingDir;
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
    void theJarStartsInAnEmptyDirectoryWithTheRealDataLoaded() throws Exception {
        Path jar = Path.of("target", "vinr-ledger.jar").toAbsolutePath();
        assertThat(jar).exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = workingDir.resolve("app.log");
        Instant launched = Instant.now();
        ProcessBuilder command = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port))
                .directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().remove("VINR_ADMIN_PASSWORD");
        process = command.start();
        String base = "http://127.0.0.1:" + port;
        awaitReady(base, log);
        Duration ready = Duration.between(launched, Instant.now());

        assertThat(Files.readString(log)).as("the generated admin password is printed once")
                .contains("the user 'admin' has the generated password");
        String password = Files.readString(log).replaceAll("(?s).*the generated password (\\S+).*", "$1");
        // readiness means the data's commands are stored; the views follow them within moments
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> municipalities = get(base + "/api/municipalities", password);
            assertThat(municipalities.statusCode()).isEqualTo(200);
            assertThat(mapper.readTree(municipalities.body())).extracting(m -> m.path("id").asText())
                    .contains("gotland", "goteborg", "sundbyberg");
        });
        System.out.printf("standalone jar ready after %d ms, serving the real data after %d ms%n", ready.toMillis(),
                Duration.between(launched, Instant.now()).toMillis());
        assertThat(get(base + "/v3/api-docs", null).statusCode()).isEqualTo(200);
        assertThat(workingDir.resolve("data")).as("the store is under ./data by default").isDirectory();
    }

    private void awaitReady(String base, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the jar exited during start-up: %s", tail(log)).isTrue();
            try {
                if (get(base + "/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the jar was not ready within 180 s: " + tail(log));
    }

    private HttpResponse<String> get(String url, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (password != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 3000));
    }
}
