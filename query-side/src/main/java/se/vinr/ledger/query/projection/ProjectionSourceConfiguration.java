package se.vinr.ledger.query.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every projection's processor reads the event store through {@link EventArrivals}, so it learns of new events as
 * they come instead of looking every 500 ms; for the standalone and the query service alike, which also share the
 * projections' defaults of {@code vinr-projections.properties}.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:vinr-projections.properties")
class ProjectionSourceConfiguration {

    @Bean
    ConfigurerModule projectionsWokenByArrivals(ListableBeanFactory beans) {
        AtomicReference<EventArrivals> arrivals = new AtomicReference<>();
        return configurer -> {
            configurer.onShutdown(() -> {
                EventArrivals started = arrivals.getAndSet(null);
                if (started != null) {
                    started.close();
                }
            });
            // the processing groups of the handlers in this application (the projections), each named once
            Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                    .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                    .filter(Objects::nonNull).map(ProcessingGroup::value).distinct()
                    .forEach(group -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                            group, (axon, builder) -> builder.messageSource(
                                    arrivals.updateAndGet(current -> current != null ? current
                                            : new EventArrivals(axon.eventStore())))));
        };
    }
}
