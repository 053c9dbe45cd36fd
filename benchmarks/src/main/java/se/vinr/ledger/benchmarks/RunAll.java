package se.vinr.ledger.benchmarks;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs every benchmark (JMH, one fork per figure, so each gets a fresh JVM and a fresh store), the pgbench ceiling
 * where PostgreSQL and pgbench are there, and writes BENCHMARKS.md and benchmarks/results/results.csv. Run it as
 * {@value Settings#COMMAND}; the system properties it reads are in {@link Settings} and in the report's header.
 */
public final class RunAll {

    static final String PACKAGE = RunAll.class.getPackageName() + ".";
    static final String NEW = "CommandAppendBenchmark.newAggregate";
    static final String HOT = "CommandAppendBenchmark.hotAggregate";
    static final String RAW = "RawInsertBenchmark.insertAndCommit";
    static final String THOUSAND = "ThousandRevisionsBenchmark.proposeRevisions";
    static final String PGBENCH = "pgbench";

    private final Settings settings;
    private final Path latencies;
    private final Path logs;
    private final List<String> notes = new ArrayList<>();
    /** Throughput results by benchmark, store and thread count. */
    private final List<Measured> measured = new ArrayList<>();
    private final List<PgBench.Figure> pgbench = new ArrayList<>();
    private final List<Row> queries = new ArrayList<>();
    /** Command append over HTTP, measured in this JVM after the JMH forks; ceilings attached in {@link #rows}. */
    private final List<Row> httpAppend = new ArrayList<>();
    /** Figures measured in this JVM after the JMH forks: end-to-end, replay, cold start. */
    private final List<Row> inJvm = new ArrayList<>();

    /** A JMH result: its score and 99.9% confidence half-width, and the lowest and highest measured iteration. */
    record Measured(String benchmark, String store, int threads, double score, double error, double low, double high,
                    String unit, Properties figures) {
    }

    private RunAll(Settings settings) {
        this.settings = settings;
        this.latencies = settings.work().resolve("latency");
        this.logs = settings.work().resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        // A municipal installation must not call third parties, nor does a benchmark (and the forks get it too).
        System.setProperty("axoniq.update-checker.disabled", "true");
        Settings settings = Settings.fromSystemProperties(root());
        new RunAll(settings).run();
        // the query latency ran the application in this JVM, and Axon leaves a non-daemon thread (axon-janitor-0)
        System.exit(0);
    }

    private void run() throws IOException, RunnerException, InterruptedException {
        ZonedDateTime started = ZonedDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String loadBefore = Machine.loadAverage();
        List<String> stores = new ArrayList<>(settings.stores());
        if (stores.contains(Store.POSTGRES)) {
            String problem = Store.postgresProblem();
            if (problem != null) {
                stores.remove(Store.POSTGRES);
                note("PostgreSQL at " + Store.postgresUrl() + " does not answer (" + problem
                        + "): PostgreSQL skipped. Set VINR_BENCH_POSTGRES_URL (and _USER, _PASSWORD) to measure it.");
            }
        }
        clean(settings.work());
        Files.createDirectories(latencies);
        Files.createDirectories(logs);
        // the applications this JVM starts after the JMH forks log there too (the forks are told by argument)
        System.setProperty("bench.logs", logs.toAbsolutePath().toString());
        System.out.println("VINR Ledger benchmarks on " + stores + ", threads " + settings.threads() + "; "
                + settings.describe());
        System.out.println("JMH output and the application's logs: " + logs);

        List<String> appendGroups = selected(RAW, NEW, HOT);
        for (int threads : settings.threads()) {
            if (!appendGroups.isEmpty()) {
                jmh("append-t" + threads, appendGroups, stores, threads, false);
            }
        }
        if (!selected(THOUSAND).isEmpty()) {
            jmh("thousand-revisions", selected(THOUSAND), stores, 1, true);
        }
        if (stores.contains(Store.POSTGRES) && settings.pgbench() && !selected(PGBENCH).isEmpty()) {
            String problem = PgBench.problem();
            if (problem != null) {
                note("pgbench ceiling skipped: " + problem + ".");
            } else {
                System.out.println("pgbench: INSERT + COMMIT at " + settings.threads() + " clients");
                try {
                    pgbench.addAll(PgBench.run(settings.threads(), settings.pgbenchSeconds(), settings.work()));
                } catch (IOException e) {
                    note("pgbench ceiling failed: " + e.getMessage());
                }
            }
        }

        List<String> httpGroups = selected(HttpAppendBenchmark.NEW, HttpAppendBenchmark.HOT);
        if (!httpGroups.isEmpty()) {
            // in this JVM, after the JMH forks: a web server and its clients, a fresh store for each figure
            HttpAppendBenchmark benchmark = new HttpAppendBenchmark(settings);
            System.out.println("Command append over HTTP: " + String.join(", ", httpGroups));
            for (String group : httpGroups) {
                for (String store : stores) {
                    for (int threads : settings.threads()) {
                        try {
                            Row row = benchmark.run(group, store, threads);
                            httpAppend.add(row);
                            progress(group, store, threads, row.eventsPerSecond(), "events/s", row.p50Ms(),
                                    row.p99Ms());
                        } catch (Exception e) {
                            note(HttpAppendBenchmark.label(group) + " on " + store + " at " + threads
                                    + " client(s) FAILED: " + e.getMessage());
                        }
                    }
                }
            }
        }

        if (!selected(QueryLatencyBenchmark.GROUP).isEmpty()) {
            // in this JVM, after the JMH forks: one seeding per store serves every view and thread count
            QueryLatencyBenchmark benchmark = new QueryLatencyBenchmark(
                    QueryLatencyBenchmark.Sizes.fromSystemProperties(settings.smoke()));
            for (String store : stores) {
                System.out.println("Query latency on " + store + ": seeding");
                try {
                    queries.addAll(benchmark.run(store));
                } catch (Exception e) {
                    note("query latency on " + store + " failed: " + e);
                }
            }
        }

        if (!selected(EndToEndBenchmark.GROUP).isEmpty()) {
            EndToEndBenchmark benchmark = new EndToEndBenchmark(settings.smoke());
            for (String store : stores) {
                System.out.println("End-to-end latency on " + store);
                try {
                    inJvm.add(benchmark.run(store));
                } catch (Exception e) {
                    note("end-to-end latency on " + store + " failed: " + e);
                }
            }
        }

        ColdStartBenchmark coldStart = new ColdStartBenchmark(settings.root(), logs, settings.smoke());
        boolean coldStarts = !selected(ColdStartBenchmark.GROUP).isEmpty();
        if (coldStarts && coldStart.problem() != null) {
            note("cold start skipped: " + coldStart.problem() + ".");
            coldStarts = false;
        }
        if (!selected(ReplayBenchmark.GROUP).isEmpty()) {
            ReplayBenchmark benchmark = new ReplayBenchmark(settings.smoke());
            for (String store : stores) {
                System.out.println("Replay on " + store + ": seeding");
                try {
                    inJvm.addAll(benchmark.run(store, coldStarts ? coldStart::onStore : null));
                } catch (Exception e) {
                    note("replay on " + store + " failed: " + e);
                }
            }
        }
        if (coldStarts) {
            for (String store : stores) {
                System.out.println("Cold start on " + store);
                try {
                    inJvm.addAll(coldStart.run(store));
                } catch (Exception e) {
                    note("cold start on " + store + " failed: " + e);
                }
            }
        }

        List<Row> rows = rows(stores);
        Map<String, String> machine = Machine.describe(settings.root(), stores.contains(Store.POSTGRES));
        machine.put("load average (1, 5, 15 min)", "before " + loadBefore + ", after " + Machine.loadAverage()
                + " (the machine is shared: other work may have run alongside)");
        Duration took = Duration.between(started, ZonedDateTime.now());
        machine.put("date", started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ", the run took "
                + took.toMinutes() + " min " + took.toSecondsPart() + " s");
        Report report = new Report(settings, rows, machine, notes);
        report.writeMarkdown(settings.report());
        report.writeCsv(settings.csv());
        System.out.println();
        System.out.println(report.table());
        System.out.println("Wrote " + settings.report() + " and " + settings.csv());
    }

    /** The groups among {@code groups} that -Dbench.only selects. */
    private List<String> selected(String... groups) {
        Pattern only = Pattern.compile(settings.only());
        return Stream.of(groups).filter(group -> only.matcher(group).find()).toList();
    }

    private void jmh(String name, List<String> groups, List<String> stores, int threads, boolean singleShot)
            throws RunnerException {
        Path log = logs.resolve("jmh-" + name + ".log");
        System.out.println("JMH " + name + ": " + String.join(", ", groups));
        List<String> jvmArgs = new ArrayList<>(List.of("-Daxoniq.update-checker.disabled=true",
                "-Dbench.out=" + latencies.toAbsolutePath(), "-Dbench.logs=" + logs.toAbsolutePath()));
        jvmArgs.addAll(settings.jvmArgs());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .param("store", stores.toArray(String[]::new))
                .threads(threads)
                .forks(settings.forks())
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(false)
                .output(log.toString());
        groups.forEach(group -> options.include(Pattern.quote(PACKAGE + group) + "$"));
        if (singleShot) {
            options.param("revisions", String.valueOf(settings.revisions()))
                    .warmupIterations(settings.singleShotWarmups())
                    .measurementIterations(settings.singleShotIterations());
        } else {
            options.warmupIterations(settings.warmups())
                    .warmupTime(TimeValue.seconds(settings.warmupSeconds()))
                    .measurementIterations(settings.iterations())
                    .measurementTime(TimeValue.seconds(settings.iterationSeconds()));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        for (String group : groups) {
            for (String store : stores) {
                RunResult result = results.stream()
                        .filter(r -> r.getParams().getBenchmark().equals(PACKAGE + group))
                        .filter(r -> store.equals(r.getParams().getParam("store")))
                        .findFirst().orElse(null);
                if (result == null) {
                    note(group + " on " + store + " at " + threads + " thread(s) failed: see " + log + ".");
                    System.out.printf("  %-45s %-8s t=%-3d FAILED (see %s)%n", group, store, threads, log);
                    continue;
                }
                var primary = result.getPrimaryResult();
                Properties figures = Latencies.read(latencies, PACKAGE + group, store, threads);
                double[] iterations = result.getBenchmarkResults().stream()
                        .flatMap(b -> b.getIterationResults().stream())
                        .mapToDouble(i -> i.getPrimaryResult().getScore()).toArray();
                measured.add(new Measured(group, store, threads, primary.getScore(), primary.getScoreError(),
                        Arrays.stream(iterations).min().orElse(Double.NaN),
                        Arrays.stream(iterations).max().orElse(Double.NaN), primary.getScoreUnit(), figures));
                progress(group, store, threads, primary.getScore(), primary.getScoreUnit(),
                        number(figures, "p50_ms"), number(figures, "p99_ms"));
            }
        }
    }

    private static void progress(String group, String store, int threads, double score, String unit, double p50Ms,
                                 double p99Ms) {
        System.out.printf("  %-45s %-8s t=%-3d %10.1f %s, p50 %.3f ms, p99 %.3f ms%n", group, store, threads, score,
                unit, p50Ms, p99Ms);
    }

    /** The note of a command append figure: what a command appended, and how much the store held at the end. */
    static String appendNote(double eventsPerCommand, long payloadBytes, long metadataBytes, long eventsInStore) {
        return "%.2f events/command, %d B payload, %d B metadata; %d events in the store at the end"
                .formatted(eventsPerCommand, payloadBytes, metadataBytes, eventsInStore);
    }

    private List<Row> rows(List<String> stores) {
        List<Row> rows = new ArrayList<>();
        for (String store : stores) {
            for (String group : List.of(NEW, HOT, RAW)) {
                for (int threads : settings.threads()) {
                    Measured m = find(group, store, threads);
                    if (m == null) {
                        continue;
                    }
                    Measured raw = find(RAW, store, threads);
                    boolean isRaw = group.equals(RAW);
                    double ceiling = isRaw || raw == null ? Double.NaN : raw.score();
                    double perCommand = number(m.figures(), "events_per_command");
                    String note = isRaw ? "%d B payload, %d B metadata".formatted(
                            (long) number(m.figures(), "payload_bytes"), (long) number(m.figures(), "metadata_bytes"))
                            : appendNote(perCommand, (long) number(m.figures(), "payload_bytes"),
                                    (long) number(m.figures(), "metadata_bytes"),
                                    (long) number(m.figures(), "events_in_store"));
                    double factor = isRaw || Double.isNaN(perCommand) ? 1 : perCommand;
                    rows.add(new Row(label(group), store, threads, m.score() * factor, m.error() * factor,
                            m.low() * factor, m.high() * factor,
                            number(m.figures(), "p50_ms"), number(m.figures(), "p99_ms"), ceiling,
                            isRaw ? "" : label(RAW), (long) number(m.figures(), "samples"), note));
                }
            }
            httpAppend.stream().filter(row -> row.store().equals(store)).forEach(row -> {
                // the JMH ceiling of the same store and concurrency, as for the in-process figures
                Measured raw = find(RAW, store, row.threads());
                rows.add(row.withCeiling(raw == null ? Double.NaN : raw.score(), label(RAW)));
            });
            if (store.equals(Store.POSTGRES)) {
                for (PgBench.Figure figure : pgbench) {
                    rows.add(new Row(label(PGBENCH), store, figure.clients(), figure.tps(), Double.NaN, Double.NaN,
                            Double.NaN,
                            figure.p50Ms(), figure.p99Ms(), Double.NaN, "", figure.transactions(),
                            "pgbench -M prepared, " + settings.pgbenchSeconds() + " s"));
                }
            }
            Measured thousand = find(THOUSAND, store, 1);
            if (thousand != null) {
                // SingleShotTime: ms for all the revisions of one invocation.
                double commandsPerSecond = settings.revisions() / (thousand.score() / 1000.0);
                double error = Double.isNaN(thousand.error()) ? Double.NaN
                        : commandsPerSecond * thousand.error() / thousand.score();
                Measured raw = find(RAW, store, 1);
                rows.add(new Row(label(THOUSAND), store, 1, commandsPerSecond, error,
                        settings.revisions() / (thousand.high() / 1000.0), settings.revisions() / (thousand.low() / 1000.0),
                        number(thousand.figures(), "p50_ms"), number(thousand.figures(), "p99_ms"),
                        raw == null ? Double.NaN : raw.score(), label(RAW), (long) number(thousand.figures(), "samples"),
                        "%.0f ms per %d commands".formatted(thousand.score(), settings.revisions())));
            }
            queries.stream().filter(row -> row.store().equals(store)).forEach(rows::add);
            inJvm.stream().filter(row -> row.store().equals(store)).forEach(rows::add);
        }
        return rows;
    }

    String label(String group) {
        return switch (group) {
            case NEW -> "append: new aggregates (DraftPlan)";
            case HOT -> "append: one hot aggregate (ProposePlanRevision)";
            case RAW -> "ceiling: INSERT + COMMIT (JDBC)";
            case PGBENCH -> "ceiling: INSERT + COMMIT (pgbench)";
            case THOUSAND -> "%,d ProposePlanRevision on one plan".formatted(settings.revisions());
            default -> group;
        };
    }

    private Measured find(String group, String store, int threads) {
        return measured.stream().filter(m -> m.benchmark().equals(group) && m.store().equals(store)
                && m.threads() == threads).findFirst().orElse(null);
    }

    private static double number(Properties figures, String key) {
        String value = figures.getProperty(key);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private void note(String note) {
        notes.add(note);
        System.out.println(note);
    }

    /** The repository: benchmarks/target/benchmarks.jar (or benchmarks/target/classes) is three levels down. */
    private static Path root() throws URISyntaxException {
        String configured = System.getProperty("bench.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        Path code = Path.of(RunAll.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.getParent().getParent().getParent();
    }

    private static void clean(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
