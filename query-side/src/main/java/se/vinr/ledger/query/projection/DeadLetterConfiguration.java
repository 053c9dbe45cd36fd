package se.vinr.ledger.query.projection;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.vinr.ledger.query.audit.AuditProjection;

import java.util.Set;
import java.util.TreeSet;

/**
 * A dead-letter queue for every projection but the audit chain: an event a handler throws on is parked in
 * {@code DeadLetterEntry} together with the later events of its sequence (its aggregate), and the projection goes on
 * with all other aggregates instead of retrying that one event forever. {@link ProjectionAdmin} shows the parked
 * events and handles them again on request. The audit chain keeps its retry-until-it-succeeds (AuditConfiguration):
 * a parked event would be a gap in the hash chain.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    /**
     * Every processing group of the application's event handlers, so that a new projection cannot forget it (they are
     * read off the bean definitions' {@link ProcessingGroup} without creating the beans). Each gets Axon's cache of
     * parked sequences: without it the invoker asks the queue's table for every event whether its sequence is parked;
     * with it, a segment that started with an empty queue asks only about the sequences it parked itself.
     */
    @Bean
    ConfigurerModule projectionDeadLetterQueues(ConfigurableListableBeanFactory beans, ConnectionProvider connections,
                                                TransactionManager transactions, Serializer serializer,
                                                @Qualifier("eventSerializer") Serializer eventSerializer) {
        return configurer -> projectionGroups(beans).forEach(group -> configurer.eventProcessing()
                .registerDeadLetterQueue(group, configuration -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .schema(DeadLetterSchema.defaultSchema())
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .build())
                .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (configuration, invoker) -> invoker.enableSequenceIdentifierCache()));
    }

    private static Set<String> projectionGroups(ConfigurableListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null && !group.value().equals(AuditProjection.PROCESSING_GROUP)) {
                groups.add(group.value());
            }
        }
        return groups;
    }
}
