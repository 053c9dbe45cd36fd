package se.vinr.ledger.query.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each projection's lag, the segments this instance processes and its parked events, as gauges
 * ({@code vinr_projection_lag_events}, {@code vinr_projection_segments_claimed} and
 * {@code vinr_projection_dead_letters} at {@code /actuator/prometheus}, tagged with the processor), read from
 * {@link ProjectionAdmin} whenever they are scraped. The lag counts the events of the segments this instance holds;
 * across instances the largest is the projection's.
 */
@Component
class ProjectionMetrics {

    private final ProjectionAdmin admin;
    private final ObjectProvider<MeterRegistry> registry;

    ProjectionMetrics(ProjectionAdmin admin, ObjectProvider<MeterRegistry> registry) {
        this.admin = admin;
        this.registry = registry;
    }

    /** Once the processors are configured (they are known only then). */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        registry.ifAvailable(meters -> admin.all().forEach(projection -> {
            String name = projection.name();
            Gauge.builder("vinr.projection.lag", admin, a -> a.one(name).lag())
                    .tag("processor", name).baseUnit("events")
                    .description("Events in the store that the projection has not handled yet")
                    .register(meters);
            Gauge.builder("vinr.projection.segments.claimed", admin, a -> a.one(name).segmentsClaimed())
                    .tag("processor", name)
                    .description("Segments of the projection that this instance processes")
                    .register(meters);
            if (projection.deadLetters() != null) {
                Gauge.builder("vinr.projection.dead.letters", admin, a -> a.deadLetters(name).letters())
                        .tag("processor", name)
                        .description("Events the projection failed on and parked, with those waiting behind them")
                        .register(meters);
            }
        }));
    }
}
