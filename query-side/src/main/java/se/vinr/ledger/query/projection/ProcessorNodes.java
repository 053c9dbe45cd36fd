package se.vinr.ledger.query.projection;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The running instances of the query service, and each projection's fair share of its segments among them: every
 * instance claims at most {@code ceil(segments / instances)}, so two instances split a projection's segments and
 * neither handles an event of the other's. Each instance renews a row in {@code projection_node} every
 * {@code heartbeat}; an instance whose row is older than {@code timeout} (it died) or gone (it stopped) no longer
 * counts, the others' share grows, and they take over its segments once its claims are released (on shutdown) or
 * have timed out (after {@code axon.eventhandling.tokenstore.claim-timeout}).
 */
public class ProcessorNodes implements MaxSegmentProvider, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessorNodes.class);

    private final JdbcClient jdbc;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final String nodeId;
    private final Duration heartbeat;
    private final Duration timeout;
    /** Segments per projection, as the token store had them at the last heartbeat; 0 until known. */
    private final Map<String, Integer> segments = new ConcurrentHashMap<>();
    private volatile int nodes = 1;
    private volatile ScheduledExecutorService scheduler;

    public ProcessorNodes(JdbcClient jdbc, TokenStore tokenStore, TransactionManager transactions, String nodeId,
                          Duration heartbeat, Duration timeout) {
        this.jdbc = jdbc;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.nodeId = nodeId;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
    }

    /** Asked by each processor's coordinator on every round; answers from what the last heartbeat found. */
    @Override
    public int getMaxSegments(String processor) {
        int count = segments.computeIfAbsent(processor, p -> 0);
        // Before its tokens exist (the first start) a processor may claim all; the next heartbeat shares them out.
        return count == 0 ? Short.MAX_VALUE : Math.max(1, (count + nodes - 1) / nodes);
    }

    /** The instances counted at the last heartbeat, this one included. */
    public int nodes() {
        return nodes;
    }

    void beat() {
        if (jdbc.sql("UPDATE projection_node SET heartbeat_at = CURRENT_TIMESTAMP WHERE node_id = ?")
                .param(nodeId).update() == 0) {
            jdbc.sql("INSERT INTO projection_node (node_id, heartbeat_at) VALUES (?, CURRENT_TIMESTAMP)")
                    .param(nodeId).update();
        }
        long seconds = Math.max(1, timeout.toSeconds());
        jdbc.sql("DELETE FROM projection_node WHERE heartbeat_at < CURRENT_TIMESTAMP - " + (100 * seconds)
                + " * INTERVAL '1' SECOND").update();
        int live = jdbc.sql("SELECT COUNT(*) FROM projection_node WHERE heartbeat_at > CURRENT_TIMESTAMP - "
                        + seconds + " * INTERVAL '1' SECOND")
                .query(Integer.class).single();
        if (live != nodes) {
            log.info("{} query-service instance(s) running; projections' segments are shared among them", live);
        }
        nodes = Math.max(1, live);
        segments.replaceAll((processor, count) ->
                transactions.fetchInTransaction(() -> tokenStore.fetchSegments(processor)).length);
    }

    private void beatSafely() {
        try {
            beat();
        } catch (RuntimeException e) {
            // The database is away: keep the last share; the processors meet the same outage and retry themselves.
            log.warn("Heartbeat of query-service instance {} failed: {}", nodeId, e.toString());
        }
    }

    @Override
    public void start() {
        beat();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "projection-node-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::beatSafely, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** After the processors have stopped and released their claims: the others take them over at their next round. */
    @Override
    public void stop() {
        scheduler.shutdownNow();
        scheduler = null;
        try {
            jdbc.sql("DELETE FROM projection_node WHERE node_id = ?").param(nodeId).update();
        } catch (RuntimeException e) {
            log.warn("Could not sign off query-service instance {}: {}", nodeId, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Starts before Axon's processors (they ask for their share at once) and stops after them. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE - 1;
    }
}
