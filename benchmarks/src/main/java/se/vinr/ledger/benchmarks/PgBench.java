package se.vinr.ledger.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL ceiling once more, outside the JVM: pgbench with a custom script of the same single-row INSERT (an
 * implicit COMMIT per transaction, prepared statements), into the same table shape in a fresh schema.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    record Figure(int clients, double tps, double p50Ms, double p99Ms, long transactions) {
    }

    private PgBench() {
    }

    /** Null when pgbench can run here, else why not. */
    static String problem() {
        try {
            Process process = new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? null : "pgbench --version failed";
        } catch (IOException e) {
            return "no pgbench on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static String version() {
        try {
            Process process = new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "none";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    static List<Figure> run(List<Integer> clientCounts, int seconds, Path work) throws IOException,
            InterruptedException {
        List<Figure> figures = new ArrayList<>();
        try (Store store = Store.fresh(Store.POSTGRES)) {
            store.execute(EventRow.CREATE_TABLE);
            Path directory = Files.createDirectories(work.resolve("pgbench"));
            Path script = directory.resolve("insert-commit.sql");
            Files.writeString(script, script(EventRow.planRevisionProposed()));
            URI uri = URI.create(Store.postgresUrl().substring("jdbc:".length()));
            String schema = store.url().replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
            for (int clients : clientCounts) {
                try (Stream<Path> old = Files.list(directory)) {
                    old.filter(p -> p.getFileName().toString().startsWith("txlog")).forEach(p -> p.toFile().delete());
                }
                List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared",
                        "-f", script.toString(), "-c", String.valueOf(clients),
                        "-j", String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                        "-T", String.valueOf(seconds), "-l", "--log-prefix=" + directory.resolve("txlog"),
                        "-h", uri.getHost() == null ? "127.0.0.1" : uri.getHost(),
                        "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                        "-U", store.user(), uri.getPath().substring(1)));
                Path log = directory.resolve("pgbench-c" + clients + ".log");
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                builder.environment().put("PGOPTIONS", "-c search_path=" + schema);
                if (!store.password().isEmpty()) {
                    builder.environment().put("PGPASSWORD", store.password());
                }
                Process process = builder.start();
                if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                    process.destroy();
                    throw new IOException("pgbench did not finish");
                }
                String output = Files.readString(log);
                Matcher tps = TPS.matcher(output);
                if (process.exitValue() != 0 || !tps.find()) {
                    throw new IOException("pgbench failed (exit " + process.exitValue() + "), see " + log);
                }
                long[] latencies = latencies(directory);
                figures.add(new Figure(clients, Double.parseDouble(tps.group(1)),
                        Latencies.percentile(latencies, 0.50) / 1e3, Latencies.percentile(latencies, 0.99) / 1e3,
                        latencies.length));
            }
        }
        return figures;
    }

    /** One INSERT of the row, with the payload and metadata as bytea literals. */
    private static String script(EventRow row) {
        HexFormat hex = HexFormat.of();
        return "\\set seq random(1, 9000000000000000000)\n"
                + "INSERT INTO RawEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
                + " payload, payloadRevision, payloadType, timeStamp) VALUES ('" + Ledger.MUNICIPALITY.value()
                + "/plan/pgbench-' || :client_id, :seq, '" + EventRow.TYPE + "', gen_random_uuid()::text,"
                + " '\\x" + hex.formatHex(row.metaData) + "'::bytea, '\\x" + hex.formatHex(row.payload) + "'::bytea,"
                + " NULL, '" + EventRow.PAYLOAD_TYPE + "', clock_timestamp()::text);\n";
    }

    /** Per-transaction latencies (µs, third field of pgbench's -l log lines), sorted. */
    private static long[] latencies(Path directory) throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(directory)) {
            logs = files.filter(p -> p.getFileName().toString().startsWith("txlog")).toList();
        }
        List<Long> values = new ArrayList<>();
        for (Path file : logs) {
            try (Stream<String> lines = Files.lines(file)) {
                lines.map(line -> line.split(" ")).filter(fields -> fields.length > 2)
                        .forEach(fields -> values.add(Long.parseLong(fields[2])));
            }
        }
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
