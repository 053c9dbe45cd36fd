package se.vinr.ledger.query;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vinr.ledger.query.audit.AuditProjection;
import se.vinr.ledger.query.projection.ProcessorNodes;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What only the query service needs. {@link QuerySideApplication#main} adds it; it carries no annotation, so the
 * standalone jar's scan of every package passes it by and the standalone keeps its own processor settings.
 * <ul>
 * <li>Every projection is a pooled streaming processor of {@code vinr.projections.segments} segments, handling
 * batches of {@code vinr.projections.batch-size} events, and claims only its fair share of segments among the
 * running instances ({@link ProcessorNodes}); the audit chain has a single segment.</li>
 * <li>Events are appended by another process, so the event store is asked for new ones every
 * {@code vinr.events.poll-interval} rather than told of them (Axon's default asks once a second).</li>
 * </ul>
 */
class QueryServiceConfiguration {

    @Bean
    ProcessorNodes processorNodes(JdbcClient jdbc, TokenStore tokenStore, TransactionManager transactions,
                                  @Value("${vinr.projections.heartbeat:2s}") Duration heartbeat,
                                  @Value("${vinr.projections.node-timeout:10s}") Duration timeout) {
        // the name Axon gives this instance as the owner of its token claims
        return new ProcessorNodes(jdbc, tokenStore, transactions, ManagementFactory.getRuntimeMXBean().getName(),
                heartbeat, timeout);
    }

    @Bean
    ConfigurerModule pooledProjections(ProcessorNodes nodes,
                                       @Value("${vinr.projections.segments:4}") int segments,
                                       @Value("${vinr.projections.batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors(
                        (configuration, builder) -> builder.initialSegmentCount(segments)
                                .batchSize(batchSize)
                                .maxSegmentProvider(nodes))
                // The hash chains need one order: one segment, as in the standalone jar. Several segments would append
                // to a chain concurrently (colliding on its positions) in an order that is not the store's.
                .registerPooledStreamingEventProcessorConfiguration(AuditProjection.PROCESSING_GROUP,
                        (configuration, builder) -> builder.initialSegmentCount(1));
    }

    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EmbeddedEventStore eventStore(Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                  ConnectionProvider connections, TransactionManager transactions,
                                  org.axonframework.config.Configuration axon,
                                  @Value("${vinr.events.poll-interval:100ms}") Duration pollInterval) {
        // Axon's own JDBC storage engine stands back once an event store is defined; the query side only reads it.
        JdbcEventStorageEngine storage = JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(new EventSchema())
                .build();
        return EmbeddedEventStore.builder()
                .storageEngine(storage)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(pollInterval.toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }
}
