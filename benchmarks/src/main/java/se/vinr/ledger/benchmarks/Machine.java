package se.vinr.ledger.benchmarks;

import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** What the figures were taken on: the machine, the software and the stores' settings that decide commit speed. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe(Path root, boolean postgres) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("CPUs (nproc)", Runtime.getRuntime().availableProcessors() + " × " + cpuModel());
        facts.put("memory", memory());
        facts.put("OS", osRelease() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", " + System.getProperty("os.arch") + ")");
        facts.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + "), default heap max "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        facts.put("Axon Framework", mavenVersion("org.axonframework", "axon-messaging"));
        facts.put("Spring Boot", SpringBootVersion.getVersion() + " (Spring Framework " + SpringVersion.getVersion()
                + ")");
        facts.put("H2", h2Version());
        facts.put("PostgreSQL", postgres ? postgresFacts() : "not measured");
        facts.put("PostgreSQL JDBC driver", org.postgresql.util.DriverInfo.DRIVER_VERSION);
        facts.put("JMH", mavenVersion("org.openjdk.jmh", "jmh-core"));
        facts.put("pgbench", postgres ? PgBench.version() : "not run");
        facts.put("commit", command(root, "git", "rev-parse", "--short", "HEAD")
                + (command(root, "git", "status", "--porcelain").isBlank() ? "" : " with uncommitted changes"));
        return facts;
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
    }

    private static String memory() {
        return procLine("/proc/meminfo", "MemTotal")
                .map(kb -> Long.parseLong(kb.replaceAll("[^0-9]", "")) / (1024 * 1024) + " GiB")
                .orElse("unknown");
    }

    private static java.util.Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String osRelease() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", "")).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    static String mavenVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Machine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String h2Version() {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:version", "sa", "")) {
            return connection.getMetaData().getDatabaseProductVersion()
                    + ", file store, URL options as the standalone's: WRITE_DELAY=0";
        } catch (SQLException e) {
            return "unknown";
        }
    }

    private static String postgresFacts() {
        try (Connection connection = DriverManager.getConnection(Store.postgresUrl(), Store.postgresUser(),
                Store.postgresPassword()); Statement statement = connection.createStatement()) {
            StringBuilder facts = new StringBuilder();
            for (String setting : List.of("server_version", "fsync", "synchronous_commit", "wal_sync_method",
                    "full_page_writes", "shared_buffers", "max_connections")) {
                try (ResultSet rows = statement.executeQuery("SHOW " + setting)) {
                    rows.next();
                    facts.append(facts.isEmpty() ? "" : ", ").append(setting.equals("server_version") ? ""
                            : setting + "=").append(rows.getString(1));
                }
            }
            return facts + " at " + Store.postgresUrl();
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    static String command(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
