package se.vinr.ledger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** BENCHMARKS.md and the CSV of one run. */
final class Report {

    private final Settings settings;
    private final List<Row> rows;
    private final Map<String, String> machine;
    private final List<String> notes;

    Report(Settings settings, List<Row> rows, Map<String, String> machine, List<String> notes) {
        this.settings = settings;
        this.rows = rows;
        this.machine = machine;
        this.notes = notes;
    }

    void writeMarkdown(Path file) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("""
                Everything below is written by one command, from the repository's root (about 40 minutes on 2 cores;
                PostgreSQL is measured when `VINR_BENCH_POSTGRES_URL` answers, default
                `jdbc:postgresql://127.0.0.1:5432/test`, user `VINR_BENCH_POSTGRES_USER` (default `postgres`), password
                `VINR_BENCH_POSTGRES_PASSWORD`, and skipped with a message otherwise):

                ```bash
                %s
                ```

                It builds the `benchmarks` module (JMH 1.37) and runs each figure in a JVM of its own on a fresh store:
                an H2 file in a new temporary directory with the standalone's own configuration (its `application.yml`,
                so `WRITE_DELAY=0`), or a new schema in PostgreSQL, dropped afterwards. The application is both sides in
                one JVM, as `deploy/standalone` runs them (projections included), and commands go through Axon's
                `CommandGateway` by `CommandSender.sendAs`, with the metadata every command carries. Each figure stands
                next to its ceiling, measured in the same run on the same kind of store at the same concurrency: a
                single-row `INSERT` of a row like the `DomainEventEntry` row of a `PlanRevisionProposed` event (same
                columns, constraints and payload size) followed by `COMMIT`, one JDBC connection per thread (and on
                PostgreSQL also pgbench with that `INSERT` as its script). One command appends one event, so commands/s
                = events/s (the lowest and highest measured iteration in brackets; JMH's 99.9%% confidence interval is
                in the CSV, and is wide with three iterations); p50 and p99 are of single operations in the measured
                iterations. It writes this file and
                `benchmarks/results/results.csv`; JMH's and the application's output go to `benchmarks/target/bench-run/logs/`.

                A quick check that everything runs (about 4 minutes, written to `benchmarks/target/smoke/`, not here):
                `java -Dbench.smoke=true -jar benchmarks/target/benchmarks.jar`. Other system properties:
                `-Dbench.threads=1,16`, `-Dbench.stores=h2`, `-Dbench.only=<regex>` (picks among
                `CommandAppendBenchmark.newAggregate`, `CommandAppendBenchmark.hotAggregate`, `RawInsertBenchmark`,
                `ThousandRevisionsBenchmark`, `pgbench`, `HttpAppendBenchmark.newAggregate`,
                `HttpAppendBenchmark.hotAggregate`, `QueryLatencyBenchmark`, `EndToEndBenchmark`, `ReplayBenchmark` and
                `ColdStartBenchmark`, e.g. `hot|Raw` or `HttpAppend|Raw`), `-Dbench.warmups=2 -Dbench.warmup-time=2
                -Dbench.iterations=3 -Dbench.time=3`
                (seconds), `-Dbench.revisions=1000 -Dbench.single-shot-warmups=1 -Dbench.single-shot-iterations=3`,
                `-Dbench.forks=1`, `-Dbench.pgbench=false`, `-Dbench.pgbench-time=5`,
                `-Dbench.jvm-args="-Xmx2g -XX:+UseParallelGC"` (for the forks), `-Dbench.h2.dir=/path` (where the H2 files
                go), `-Dbench.keep-stores=true`, `-Dbench.report=FILE -Dbench.csv=FILE`.

                Command append over HTTP (`-Dbench.only=HttpAppend`): the same two workloads through the real API. The
                application serves HTTP as `java -jar vinr-ledger.jar` does (Tomcat on a free port, HTTP Basic with a
                configured PLAN_EDITOR user, problem+json, the `Idempotency-Key` filter), started on a fresh store for
                each workload and client count: `POST /api/municipalities/{m}/plans` drafting a new plan each time,
                and `POST /api/municipalities/{m}/plans/{planId}/revisions` proposing the in-process figure's revision
                (about 1 KB of JSON) to one plan. Closed-loop clients, a thread each sharing one
                `java.net.http.HttpClient` (HTTP/1.1 keep-alive), run in the JVM of `benchmarks.jar` itself beside the
                server, so their CPU is part of the figure; warm-up and measured iterations as for the JMH figures;
                each request carries an `Idempotency-Key` of its own (`-Dbench.http.idempotency-key=false`: none). Any
                answer other than 2xx, or a request that fails, fails the figure: no row, and a note of the run says
                why. Ceiling and target as in-process: the raw `INSERT` + `COMMIT` on the same store at the same
                concurrency (when `RawInsertBenchmark` ran too).

                Query latency (`-Dbench.only=QueryLatency`): per store, one municipality is seeded through the command
                gateway by a few threads (`-Dbench.query.units=200 -Dbench.query.events=50000
                -Dbench.query.seed-threads=4`; smoke: 50 units, 5,000 events): units with headcounts, a course with
                stimulus, mostly individual and counted training completions, meetings of 3 series, screenings,
                headcount reports, key persons, and an adopted plan (4 goals, 20 activities of which 8 recur, 12
                indicators of every source kind) with some hundred statuses and values. Once every projection has
                caught up, each view is asked through Axon's QueryGateway as its controller asks it, as of 2025-06-30,
                by each thread count of `-Dbench.query.threads=1,16`, `-Dbench.query.calls=1000` recorded calls in all
                after `-Dbench.query.warmup-calls=300` unrecorded ones (smoke: 200 and 50).

                End-to-end (`EndToEndBenchmark`): one client drafts a plan through the command gateway and, from the
                gateway's answer, asks the plan view (FindPlan through the QueryGateway) every millisecond until it
                shows the plan; `-Dbench.e2e.commands=1000` recorded after `-Dbench.e2e.warmups=100`.

                Replay (`ReplayBenchmark`): `-Dbench.replay.events=1000000` events of `-Dbench.replay.municipalities=290`
                municipalities (smoke: 50,000 of 20). **Only the first municipality's events go through the command
                gateway** (units, courses, meeting series, four plans with revisions, decisions and statuses, then
                mostly training completions and meetings with some headcounts, screenings and key persons); the other
                municipalities' rows are **written directly with JDBC** as copies of those rows (the same serializer
                output, aggregate types, sequence numbers and metadata, with the municipality's id, name and code and
                the event, correlation and causation ids changed), interleaved in the global order. The processors are
                stopped meanwhile; then every projection is rebuilt as `POST /api/admin/projections/{name}/replay`
                does, all at once, and timed until each has caught up. Its ceiling, on the same store: one JDBC scan of
                the event table in global order with each payload parsed into its event class by the application's
                ObjectMapper. The application's RSS is taken after the replay.

                Cold start (`ColdStartBenchmark`): `java -jar deploy/standalone/target/vinr-ledger.jar` (built by the
                command above) on a fresh data directory (PostgreSQL: a fresh schema, profile `postgres`), from launch
                until `/actuator/health/readiness` answers 200, the three real municipalities are listed and every
                projection has caught up, `-Dbench.coldstart.runs=3` times (median); its RSS then. After the replay
                the jar is also started once on the store with the replay's events.

                What was changed to reach these figures, with before and after, and what limits the rest (profiles):
                [benchmarks/FINDINGS.md](benchmarks/FINDINGS.md), written by hand.

                """.formatted(Settings.COMMAND));
        md.append("## Results\n\n");
        md.append(settings.describe()).append(".\n\n");
        md.append(table()).append('\n');
        md.append("## Targets\n\n");
        // in-process and over HTTP, per store in the rows' order
        rows.stream().filter(r -> isAppend(r) && r.threads() == 16 && !Double.isNaN(r.ratio())).forEach(r ->
                md.append("- Command append ≥ 0.5× the raw commit rate at 16 clients, %s, %s: %s× — %s.\n".formatted(
                        r.store(), r.benchmark().replaceFirst("^append:? ", ""), fixed(r.ratio(), 2),
                        r.ratio() >= 0.5 ? "**met**" : "**not met**")));
        rows.stream().filter(r -> r.benchmark().startsWith("query: ") && r.threads() == 16).forEach(r ->
                md.append("- Query p99 < 25 ms at 16 clients, %s, %s: p99 %s ms (p50 %s ms) — %s.\n".formatted(
                        r.store(), r.benchmark().substring("query: ".length()), millis(r.p99Ms()), millis(r.p50Ms()),
                        r.p99Ms() < 25 ? "**met**" : "**not met**")));
        rows.stream().filter(r -> r.benchmark().startsWith(ReplayBenchmark.REPLAY)).forEach(r ->
                md.append("- Replay ≥ %,.0f events/s and ≥ %.1f× the raw scan + parse, %s: %s events/s, %s× — %s.\n"
                        .formatted(ReplayBenchmark.TARGET_EVENTS_PER_SECOND, ReplayBenchmark.TARGET_RATIO, r.store(),
                                whole(r.eventsPerSecond()), fixed(r.ratio(), 2),
                                r.eventsPerSecond() >= ReplayBenchmark.TARGET_EVENTS_PER_SECOND
                                        && r.ratio() >= ReplayBenchmark.TARGET_RATIO ? "**met**" : "**not met**")));
        rows.stream().filter(r -> r.benchmark().equals(EndToEndBenchmark.LABEL)).forEach(r ->
                md.append("- End-to-end p99 < %.0f ms, %s: p99 %s ms (p50 %s ms) — %s.\n".formatted(
                        EndToEndBenchmark.TARGET_P99_MS, r.store(), millis(r.p99Ms()), millis(r.p50Ms()),
                        r.p99Ms() < EndToEndBenchmark.TARGET_P99_MS ? "**met**" : "**not met**")));
        rows.stream().filter(r -> r.benchmark().startsWith(ColdStartBenchmark.LABEL + ": fresh")).forEach(r ->
                md.append("- Standalone cold start < %.0f s, %s: %s.\n".formatted(ColdStartBenchmark.TARGET_SECONDS,
                        r.store(), r.note())));
        rows.stream().filter(r -> r.benchmark().endsWith("ProposePlanRevision on one plan")).forEach(r ->
                md.append("- Foundation issue, \"commands/s for %s\", %s: **%s commands/s**.\n"
                        .formatted(r.benchmark(), r.store(), whole(r.eventsPerSecond()))));
        md.append('\n');
        if (!notes.isEmpty()) {
            md.append("## Notes of the run\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
            md.append('\n');
        }
        md.append("## Per figure\n\n| benchmark | store | threads | samples | |\n| --- | --- | ---: | ---: | --- |\n");
        rows.forEach(r -> md.append("| %s | %s | %d | %d | %s |\n".formatted(r.benchmark(), r.store(), r.threads(),
                r.samples(), r.note())));
        md.append("\n## Machine\n\n| | |\n| --- | --- |\n");
        machine.forEach((key, value) -> md.append("| ").append(key).append(" | ").append(value).append(" |\n"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md);
    }

    String table() {
        StringBuilder md = new StringBuilder();
        md.append("| benchmark | store | threads | events/s (queries: calls/s; RSS: MiB) | p50 ms | p99 ms"
                + " | ceiling events/s | ratio | target |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Row r : rows) {
            md.append("| %s | %s | %d | %s | %s | %s | %s | %s | %s |\n".formatted(r.benchmark(), r.store(),
                    r.threads(), whole(r.eventsPerSecond()) + (Double.isNaN(r.low()) || r.low() == r.high() ? ""
                            : " (" + whole(r.low()) + "–" + whole(r.high()) + ")"),
                    millis(r.p50Ms()), millis(r.p99Ms()), Double.isNaN(r.ceiling()) ? "—" : whole(r.ceiling()),
                    Double.isNaN(r.ratio()) ? "—" : fixed(r.ratio(), 2), target(r)));
        }
        return md.toString();
    }

    /** The target of issue 8 a row is judged by, if any. */
    private static String target(Row r) {
        String name = r.benchmark();
        if (isAppend(r) && r.threads() == 16) {
            return "ratio ≥ 0.5";
        } else if (name.startsWith("query: ") && r.threads() == 16) {
            return "p99 < 25 ms";
        } else if (name.startsWith(ReplayBenchmark.REPLAY)) {
            return "≥ %,.0f/s, ratio ≥ %.1f".formatted(ReplayBenchmark.TARGET_EVENTS_PER_SECOND,
                    ReplayBenchmark.TARGET_RATIO);
        } else if (name.equals(EndToEndBenchmark.LABEL)) {
            return "p99 < %.0f ms".formatted(EndToEndBenchmark.TARGET_P99_MS);
        } else if (name.startsWith(ColdStartBenchmark.LABEL + ": fresh")) {
            return "< %,.0f ms".formatted(ColdStartBenchmark.TARGET_SECONDS * 1000);
        }
        return "";
    }

    /** Command append, in-process ("append: …") or over HTTP ("append over HTTP: …"). */
    private static boolean isAppend(Row r) {
        return r.benchmark().startsWith("append");
    }

    void writeCsv(Path file) throws IOException {
        StringBuilder csv = new StringBuilder(
                "benchmark,store,threads,events_per_s,error_99_9,lowest_iteration,highest_iteration,p50_ms,p99_ms,ceiling,"
                        + "ceiling_events_per_s,ratio,samples,note,date\n");
        String date = machine.getOrDefault("date", "").split(",")[0];
        for (Row r : rows) {
            csv.append(String.join(",", quote(r.benchmark()), r.store(), String.valueOf(r.threads()),
                    fixed(r.eventsPerSecond(), 1), fixed(r.error(), 1), fixed(r.low(), 1), fixed(r.high(), 1),
                    fixed(r.p50Ms(), 3), fixed(r.p99Ms(), 3),
                    quote(r.ceilingName()), fixed(r.ceiling(), 1), fixed(r.ratio(), 3), String.valueOf(r.samples()),
                    quote(r.note()), date)).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, csv);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String whole(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String millis(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f", value);
    }
}
