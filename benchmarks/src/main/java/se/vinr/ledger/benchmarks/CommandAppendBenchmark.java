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
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.PlanId;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Command append through Axon's CommandGateway (via CommandSender.sendAs, with the metadata every command carries),
 * one event per command, on a fresh store per run; the thread count is JMH's (-t, set by {@link RunAll}).
 * <ul>
 *     <li>{@link #newAggregate}: each command drafts a new plan in the one municipality registered in setup;</li>
 *     <li>{@link #hotAggregate}: each command proposes a revision of the one plan drafted in setup.</li>
 * </ul>
 * Both sides run, as in the standalone: the projections read the events while they are appended.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CommandAppendBenchmark {

    static final PlanId HOT = new PlanId("hot");

    @Param({Store.H2, Store.POSTGRES})
    public String store;

    private Ledger ledger;
    private final AtomicLong plans = new AtomicLong();
    private final AtomicLong commands = new AtomicLong();
    private long eventsBefore;

    @Setup(Level.Trial)
    public void start() {
        ledger = Ledger.start(Store.fresh(store));
        ledger.draftPlan(HOT);
        eventsBefore = ledger.events();
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams iteration) {
        Latencies.iteration(iteration);
    }

    @Benchmark
    public long newAggregate() {
        PlanId plan = new PlanId("p" + plans.incrementAndGet());
        long start = System.nanoTime();
        long version = ledger.draftPlan(plan);
        Latencies.record(start);
        commands.incrementAndGet();
        return version;
    }

    @Benchmark
    public long hotAggregate() {
        long start = System.nanoTime();
        long version = ledger.proposeRevision(HOT);
        Latencies.record(start);
        commands.incrementAndGet();
        return version;
    }

    @TearDown(Level.Trial)
    public void stop(BenchmarkParams params) {
        try {
            long events = ledger.events() - eventsBefore;
            boolean hot = params.getBenchmark().endsWith("hotAggregate");
            long[] sizes = ledger.sizesOfLatestEvent(AggregateIds.plan(Ledger.MUNICIPALITY, hot ? HOT : new PlanId("p1")));
            Latencies.write(params, Map.of(
                    "commands", commands.get(),
                    "events_per_command", commands.get() == 0 ? Double.NaN : (double) events / commands.get(),
                    "payload_bytes", sizes[0],
                    "metadata_bytes", sizes[1],
                    "events_in_store", ledger.events()));
        } finally {
            ledger.close();
        }
    }
}
