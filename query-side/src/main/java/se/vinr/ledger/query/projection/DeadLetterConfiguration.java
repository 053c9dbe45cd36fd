package se.vinr.ledger.query.projection;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.vinr.ledger.query.audit.AuditProjection;

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
     * Every processing group, so that a new projection cannot forget it. Axon's auto-configuration registers a
     * provider for the groups with {@code axon.eventhandling.processors.<name>.dlq.enabled}; this one runs after it
     * (higher order) and takes its place.
     */
    @Bean
    ConfigurerModule projectionDeadLetterQueues(ConnectionProvider connections, TransactionManager transactions,
                                                Serializer serializer,
                                                @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                configurer.eventProcessing().registerDeadLetterQueueProvider(group ->
                        AuditProjection.PROCESSING_GROUP.equals(group) ? null
                                : configuration -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .schema(DeadLetterSchema.defaultSchema())
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .genericSerializer(serializer)
                                .eventSerializer(eventSerializer)
                                .build());
            }

            @Override
            public int order() {
                return 1;
            }
        };
    }
}
