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
import org.openjdk.jmh.infra.ThreadParams;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The ceiling of command append: one single-row INSERT of a row equivalent to a PlanRevisionProposed event's
 * DomainEventEntry row, then COMMIT (autocommit off), per operation, each thread on a connection of its own, into a
 * table of the event table's shape in a fresh store of the same kind.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RawInsertBenchmark {

    @Param({Store.H2, Store.POSTGRES})
    public String store;

    private Store database;
    /** Keeps an embedded database open from setup to teardown, whatever the writers do. */
    private Connection keeper;
    private EventRow row;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        database = Store.fresh(store);
        keeper = database.connect();
        database.execute(EventRow.CREATE_TABLE);
        row = EventRow.planRevisionProposed();
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams iteration) {
        Latencies.iteration(iteration);
    }

    @State(Scope.Thread)
    public static class Writer {
        private Connection connection;
        private PreparedStatement insert;
        private String aggregateId;
        private long sequence;

        @Setup(Level.Trial)
        public void open(RawInsertBenchmark benchmark, ThreadParams thread) throws SQLException {
            connection = benchmark.database.connect();
            connection.setAutoCommit(false);
            insert = connection.prepareStatement(EventRow.INSERT);
            aggregateId = Ledger.MUNICIPALITY.value() + "/plan/raw-" + thread.getThreadIndex();
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            insert.close();
            connection.close();
        }
    }

    @Benchmark
    public int insertAndCommit(Writer writer) throws SQLException {
        long start = System.nanoTime();
        PreparedStatement insert = writer.insert;
        insert.setString(1, writer.aggregateId);
        insert.setLong(2, writer.sequence++);
        insert.setString(3, EventRow.TYPE);
        insert.setString(4, UUID.randomUUID().toString());
        insert.setBytes(5, row.metaData);
        insert.setBytes(6, row.payload);
        insert.setString(7, null);
        insert.setString(8, EventRow.PAYLOAD_TYPE);
        insert.setString(9, Instant.now().toString());
        int inserted = insert.executeUpdate();
        writer.connection.commit();
        Latencies.record(start);
        return inserted;
    }

    @TearDown(Level.Trial)
    public void stop(BenchmarkParams params) throws SQLException {
        try {
            Latencies.write(params, Map.of(
                    "payload_bytes", row.payload.length,
                    "metadata_bytes", row.metaData.length,
                    "events_in_store", database.count("SELECT COUNT(*) FROM RawEventEntry")));
        } finally {
            keeper.close();
            database.close();
        }
    }
}
