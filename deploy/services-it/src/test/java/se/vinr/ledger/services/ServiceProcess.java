package se.vinr.ledger.services;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One service as it runs in production: its executable jar in a JVM of its own, on a port of its own, configured
 * by command-line properties only. Its output goes to a file under {@code target/service-logs}.
 */
final class ServiceProcess implements AutoCloseable {

    /** Small heaps and a quick start: several of these share the CI machine's two cores with the build. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx320m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final List<String> arguments;
    private final int port;
    private Process process;
    private int starts;

    private ServiceProcess(String name, Path jar, int port, List<String> arguments) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.arguments = arguments;
    }

    /** The command service, or the query service, from the jar the build made (system property vinr.*.jar). */
    static ServiceProcess of(String name, String side, List<String> arguments) {
        Path jar = Path.of(System.getProperty("vinr." + side + ".jar", side + "-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no executable jar of the " + side + " at " + jar
                    + ": build the reactor (./mvnw -B verify) rather than this module alone");
        }
        return new ServiceProcess(name, jar, freePort(), arguments);
    }

    /** Starts the JVM; {@link #awaitReady()} waits for it to take requests. */
    ServiceProcess launch() throws IOException {
        Path logs = Path.of("target", "service-logs");
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + "-" + (++starts) + ".log").toFile())
                .start();
        return this;
    }

    /** Waits until {@code /actuator/health/readiness} answers UP. */
    ServiceProcess awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see target/service-logs");
            }
            try {
                HttpResponse<String> readiness = HTTP.send(HttpRequest.newBuilder(URI.create(url(
                        "/actuator/health/readiness"))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not become ready within 150 s");
    }

    /** SIGKILL: no shutdown hook, no graceful anything, as when the machine under it dies. */
    void kill9() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the graceful shutdown a container runtime asks for. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The owner name Axon gives this JVM's token claims: {@code pid@host}. */
    String tokenOwnerPrefix() {
        return process.pid() + "@";
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
