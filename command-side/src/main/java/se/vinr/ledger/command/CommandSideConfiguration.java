package se.vinr.ledger.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import se.vinr.ledger.command.web.RequestBodies;
import se.vinr.ledger.events.common.MetadataKeys;

import java.util.Map;
import java.util.concurrent.Executors;

@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:vinr-command-side.properties")
public class CommandSideConfiguration {

    /**
     * The request's correlation id (or, for a message sent without one, the message's own id) and the id of the
     * causing message, on every event. Axon's MessageOriginProvider is not used: its "correlationId" is the
     * direct cause, not the request.
     */
    @Bean
    CorrelationDataProvider correlationAndCausation() {
        return notForEvents(message -> Map.of(
                MetadataKeys.CORRELATION_ID, message.getMetaData().getOrDefault(MetadataKeys.CORRELATION_ID,
                        message.getIdentifier()),
                MetadataKeys.CAUSATION_ID, message.getIdentifier()));
    }

    /** Copies who, where and how of the command onto every event it causes. */
    @Bean
    CorrelationDataProvider requestMetadataProvider() {
        return notForEvents(new SimpleCorrelationDataProvider(MetadataKeys.USER_ID, MetadataKeys.ROLES,
                MetadataKeys.MUNICIPALITY_ID, MetadataKeys.CLIENT_IP, MetadataKeys.USER_AGENT,
                MetadataKeys.SOURCE_DOCUMENT, MetadataKeys.SOURCE_PASSAGE));
    }

    /**
     * Axon asks the providers about every event a projection handles too (for the result message of each handler
     * call), and for a stored event that meant reading its metadata: 12-14% of the CPU of a replay of the tracking
     * views. No event handler here sends a message, so an event has no data to pass on.
     */
    private static CorrelationDataProvider notForEvents(CorrelationDataProvider provider) {
        return message -> message instanceof EventMessage ? Map.of() : provider.correlationDataFor(message);
    }

    /**
     * JSON over HTTP, read by the rules of {@link RequestBodies} (it takes the place of Spring Boot's converter;
     * answers are written as before).
     */
    @Bean
    MappingJackson2HttpMessageConverter requestBodyConverter(RequestBodies bodies) {
        return new MappingJackson2HttpMessageConverter(bodies.reader());
    }

    /** Plans and municipalities grow long histories; without a cache every command re-reads them all. */
    @Bean
    Cache aggregateCache(@Value("${vinr.aggregate-cache.size:10000}") int size) {
        return new AggregateCache(size);
    }

    /**
     * Snapshots are taken on a thread of their own, after the command that called for one has let go of its
     * aggregate. Taken in that command's thread, as Axon's default does, a snapshot needed a second database
     * connection while the aggregate was still locked; with as many commands waiting for that lock as the pool has
     * connections, each holding one, every one of them stalled for the pool's 30 s and failed (16 clients revising
     * one plan in the benchmark).
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration axon,
                                                    HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    SnapshotterSpanFactory spanFactory) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(axon::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "aggregate-snapshots");
                    // a snapshot lost at shutdown is taken again on the next threshold
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    /**
     * A snapshot of a plan or municipality every {@code vinr.snapshots.threshold} events read or applied since it
     * was last loaded, so that loading one (on another node, after a restart or an eviction from the cache) reads
     * the snapshot and the events after it, not its whole history.
     */
    @Bean
    SnapshotTriggerDefinition aggregateSnapshots(Snapshotter snapshotter,
                                                 @Value("${vinr.snapshots.threshold:250}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Two writers of one aggregate (two instances, or two creations of one id): the loser gets a 409. */
    @Bean
    PersistenceExceptionResolver uniqueViolations() {
        return new UniqueViolations();
    }

    /** Through Axon Server a refusal reaches the dispatching node only as details: see {@link Refusal}. */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    MessageHandlerInterceptor<CommandMessage<?>> refusalsAcrossAxonServer() {
        return Refusal.wrapping();
    }
}
