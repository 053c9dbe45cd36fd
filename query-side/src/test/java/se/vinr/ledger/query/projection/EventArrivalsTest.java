package se.vinr.ledger.query.projection;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store's streams as the projections' processors get them: told when events arrive (Axon's embedded store
 * alone never tells, and its processors look only every 500 ms), and no longer once closed.
 */
class EventArrivalsTest {

    private Configuration axon;
    private EventArrivals arrivals;

    @BeforeEach
    void start() {
        // the store Axon embeds for a relational database, on memory: its streams are what the processors get
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .start();
        arrivals = new EventArrivals(axon.eventStore());
    }

    @AfterEach
    void stop() {
        arrivals.close();
        axon.shutdown();
    }

    @Test
    void aStreamIsToldWhenEventsArriveAndThenReadsThem() throws Exception {
        axon.eventBus().publish(GenericEventMessage.asEventMessage("before"));
        try (BlockingStream<TrackedEventMessage<?>> stream = arrivals.openStream(null)) {
            CountDownLatch told = new CountDownLatch(1);
            assertThat(axon.eventStore().openStream(null).setOnAvailableCallback(() -> { }))
                    .as("the embedded store's own streams have no callback").isFalse();
            assertThat(stream.setOnAvailableCallback(told::countDown)).isTrue();

            axon.eventBus().publish(GenericEventMessage.asEventMessage("after"));

            assertThat(told.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("before");
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("after");
        }
    }

    @Test
    void aClosedStreamIsToldNothingMoreAndANewCallbackReplacesTheOldOne() throws Exception {
        AtomicInteger closedTold = new AtomicInteger();
        AtomicInteger replacedTold = new AtomicInteger();
        CountDownLatch openTold = new CountDownLatch(1);
        BlockingStream<TrackedEventMessage<?>> closed = arrivals.openStream(null);
        closed.setOnAvailableCallback(closedTold::incrementAndGet);
        try (BlockingStream<TrackedEventMessage<?>> open = arrivals.openStream(null)) {
            open.setOnAvailableCallback(replacedTold::incrementAndGet);
            open.setOnAvailableCallback(openTold::countDown);
            closed.close();

            axon.eventBus().publish(GenericEventMessage.asEventMessage("event"));

            // the callbacks are called in the order they were set, so the others' turns have passed by now
            assertThat(openTold.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(closedTold).hasValue(0);
            assertThat(replacedTold).hasValue(0);
        }
    }
}
