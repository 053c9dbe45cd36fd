package se.vinr.ledger.benchmarks;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.plan.FindPlan;
import se.vinr.ledger.query.plan.PlanDetails;

import java.util.Arrays;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * End-to-end latency (issue 8, figure 4): from the command gateway's answer to a DraftPlan until the plan view
 * (FindPlan through Axon's QueryGateway, as its controller asks it) shows the plan, one command at a time from one
 * client, the application as the standalone runs it. The view is asked every {@value #POLL_MICROS} µs until it answers.
 * Not JMH: each sample waits for the projection, so throughput means nothing here. Runs in {@link RunAll}'s JVM.
 */
final class EndToEndBenchmark {

    static final String GROUP = "EndToEndBenchmark";
    static final String LABEL = "end-to-end: DraftPlan accepted → FindPlan shows it";
    static final double TARGET_P99_MS = 250;
    private static final long POLL_MICROS = 1000;

    private final int commands;
    private final int warmups;

    EndToEndBenchmark(boolean smoke) {
        this.commands = Integer.getInteger("bench.e2e.commands", smoke ? 100 : 1_000);
        this.warmups = Integer.getInteger("bench.e2e.warmups", smoke ? 20 : 100);
    }

    Row run(String store) {
        try (Ledger ledger = Ledger.start(Store.fresh(store))) {
            QueryGateway queries = ledger.bean(QueryGateway.class);
            long[] latencies = new long[commands];
            long started = System.nanoTime();
            for (int i = -warmups; i < commands; i++) {
                PlanId plan = new PlanId("e2e-" + (i + warmups));
                ledger.draftPlan(plan);
                long accepted = System.nanoTime();
                while (!shows(queries, plan)) {
                    if (System.nanoTime() - accepted > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IllegalStateException("plan " + plan + " not in the view 60 s after it was accepted");
                    }
                    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(POLL_MICROS));
                }
                if (i >= 0) {
                    latencies[i] = System.nanoTime() - accepted;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(latencies);
            double p50 = Latencies.percentile(latencies, 0.50) / 1e6;
            double p99 = Latencies.percentile(latencies, 0.99) / 1e6;
            System.out.printf("  %-45s %-8s p50 %.2f ms, p99 %.2f ms over %d commands%n", LABEL, store, p50, p99,
                    commands);
            return new Row(LABEL, store, 1, (commands + warmups) / seconds, Double.NaN, Double.NaN, Double.NaN, p50,
                    p99, Double.NaN, "", commands, ("commands/s (one client, each waiting for its plan in the view);"
                    + " max %.1f ms; %d warm-up commands first; target p99 < %.0f ms: %s").formatted(
                    latencies[latencies.length - 1] / 1e6, warmups, TARGET_P99_MS,
                    p99 < TARGET_P99_MS ? "met" : "not met"));
        }
    }

    private static boolean shows(QueryGateway queries, PlanId plan) {
        try {
            queries.query(new FindPlan(Ledger.MUNICIPALITY, plan, PointInTime.today()),
                    ResponseTypes.instanceOf(PlanDetails.class)).join();
            return true;
        } catch (CompletionException notYet) {
            return false;
        }
    }
}
