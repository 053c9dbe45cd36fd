package se.vinr.ledger.query.audit;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

    /**
     * Axon's default logs a failed handler and moves on; for the audit chain that would be a missing link. Propagating
     * the error rolls the batch back and the processor tries the event again.
     */
    @Bean
    ConfigurerModule auditErrorsAreRetried() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                AuditProjection.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
