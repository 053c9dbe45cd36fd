package se.vinr.ledger.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import se.vinr.ledger.events.common.PlanId;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Foundation issue's figure, "commands/s for 1,000 ProposePlanRevision on one plan": one thread sends
 * {@code revisions} (default 1,000) revisions, one after the other, to a plan drafted fresh for the invocation; the
 * time is taken over all of them, end to end. commands/s = revisions / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ThousandRevisionsBenchmark {

    @Param({Store.H2, Store.POSTGRES})
    public String store;

    @Param("1000")
    public int revisions;

    private Ledger ledger;
    private int invocations;
    private PlanId plan;

    @Setup(Level.Trial)
    public void start() {
        ledger = Ledger.start(Store.fresh(store));
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams iteration) {
        Latencies.iteration(iteration);
    }

    @Setup(Level.Invocation)
    public void freshPlan() {
        plan = new PlanId("thousand-" + ++invocations);
        ledger.draftPlan(plan);
    }

    @Benchmark
    public long proposeRevisions() {
        long version = 0;
        for (int i = 0; i < revisions; i++) {
            long start = System.nanoTime();
            version = ledger.proposeRevision(plan);
            Latencies.record(start);
        }
        if (version != revisions) {
            throw new IllegalStateException("plan " + plan + " is at version " + version + " after " + revisions
                    + " revisions");
        }
        return version;
    }

    @TearDown(Level.Trial)
    public void stop(BenchmarkParams params) {
        try {
            Latencies.write(params, Map.of("commands_per_invocation", revisions, "events_in_store", ledger.events()));
        } finally {
            ledger.close();
        }
    }
}
