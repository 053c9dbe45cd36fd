package se.vinr.ledger.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a run does, from system properties ({@code java -Dbench.X=… -jar benchmarks.jar}); {@code -Dbench.smoke=true}
 * changes the defaults to a run of about two minutes that writes under benchmarks/target/smoke/ instead of over the
 * real report.
 */
record Settings(boolean smoke, List<Integer> threads, List<String> stores, int forks, int warmups, int warmupSeconds,
                int iterations, int iterationSeconds, int revisions, int singleShotWarmups, int singleShotIterations,
                boolean pgbench, int pgbenchSeconds, String only, List<String> jvmArgs, Path root, Path report,
                Path csv, Path work) {

    static final String COMMAND =
            "./mvnw -B -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar";

    static Settings fromSystemProperties(Path root) {
        boolean smoke = Boolean.getBoolean("bench.smoke");
        Path work = root.resolve("benchmarks/target/bench-run");
        Path report = smoke ? root.resolve("benchmarks/target/smoke/BENCHMARKS.md") : root.resolve("BENCHMARKS.md");
        Path csv = smoke ? root.resolve("benchmarks/target/smoke/results.csv")
                : root.resolve("benchmarks/results/results.csv");
        return new Settings(smoke,
                list(System.getProperty("bench.threads", smoke ? "1,4" : "1,4,16,64")).stream()
                        .map(Integer::valueOf).toList(),
                list(System.getProperty("bench.stores", Store.H2 + "," + Store.POSTGRES)),
                Integer.getInteger("bench.forks", 1),
                Integer.getInteger("bench.warmups", smoke ? 1 : 2),
                Integer.getInteger("bench.warmup-time", smoke ? 1 : 2),
                Integer.getInteger("bench.iterations", smoke ? 1 : 3),
                Integer.getInteger("bench.time", smoke ? 1 : 3),
                Integer.getInteger("bench.revisions", smoke ? 100 : 1000),
                Integer.getInteger("bench.single-shot-warmups", smoke ? 0 : 1),
                Integer.getInteger("bench.single-shot-iterations", smoke ? 1 : 3),
                Boolean.parseBoolean(System.getProperty("bench.pgbench", "true")),
                Integer.getInteger("bench.pgbench-time", smoke ? 1 : 5),
                System.getProperty("bench.only", ".*"),
                Arrays.stream(System.getProperty("bench.jvm-args", "").trim().split("\\s+"))
                        .filter(s -> !s.isEmpty()).toList(),
                root,
                Path.of(System.getProperty("bench.report", report.toString())),
                Path.of(System.getProperty("bench.csv", csv.toString())),
                work);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A one-line summary for the report. */
    String describe() {
        return "%d fork(s) per figure; throughput: %d warm-up × %d s, %d measured × %d s; %d revisions: %d warm-up and %d measured single shots; pgbench %d s per client count%s"
                .formatted(forks, warmups, warmupSeconds, iterations, iterationSeconds, revisions, singleShotWarmups,
                        singleShotIterations, pgbenchSeconds, smoke ? " (SMOKE RUN: not figures to judge by)" : "");
    }
}
