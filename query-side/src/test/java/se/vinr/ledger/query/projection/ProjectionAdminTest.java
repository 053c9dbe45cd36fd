package se.vinr.ledger.query.projection;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vinr.ledger.query.web.QueryProblemAdvice;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A rebuild as the admin API runs it, on a real Axon configuration whose projection can be held mid-replay: the
 * state and progress it reports, a second replay refused, and the views that read it answering 503 meanwhile. And a
 * projection with a dead-letter queue that fails on one event: what it parks, shows and handles again.
 */
class ProjectionAdminTest {

    private static final String VIEW = "slow-view";
    private static final String FRAGILE = "fragile-view";

    private final Projection projection = new Projection();
    private final Fragile fragile = new Fragile();
    private Configuration axon;
    private ProjectionAdmin admin;
    private MockMvc mvc;

    @BeforeEach
    void start() {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .usingPooledStreamingEventProcessors()
                        .registerEventHandler(c -> projection)
                        .assignHandlerInstancesMatching(VIEW, handler -> handler == projection)
                        .registerEventHandler(c -> fragile)
                        .assignHandlerInstancesMatching(FRAGILE, handler -> handler == fragile)
                        .registerDeadLetterQueue(FRAGILE, c -> InMemorySequencedDeadLetterQueue.defaultQueue()))
                .start();
        admin = new ProjectionAdmin(axon.eventProcessingConfiguration(), axon.eventStore(),
                NoTransactionManager.INSTANCE);
        mvc = MockMvcBuilders.standaloneSetup(new View())
                .addInterceptors(new RebuildGuard(admin))
                .setControllerAdvice(new QueryProblemAdvice())
                .build();
    }

    @AfterEach
    void stop() {
        projection.release.countDown();
        axon.shutdown();
    }

    @Test
    void aRebuildReportsItsProgressRefusesASecondOneAndKeepsItsViewsUnavailableUntilItHasCaughtUp() throws Exception {
        for (String text : List.of("a", "b", "c")) {
            axon.eventBus().publish(GenericEventMessage.asEventMessage(text));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ProjectionStatus status = admin.one(VIEW);
            assertThat(status.state()).isEqualTo(ProjectionStatus.State.RUNNING);
            assertThat(status.position()).isEqualTo(2);
            assertThat(status.head()).isEqualTo(2);
            assertThat(status.lag()).isZero();
        });
        assertThat(projection.seen).containsExactlyInAnyOrder("a", "b", "c");
        mvc.perform(get("/view")).andExpect(status().isOk());

        projection.holdReplay();
        ProjectionStatus started = admin.replay(VIEW);

        assertThat(started.state()).isEqualTo(ProjectionStatus.State.REPLAYING);
        assertThat(started.replay().total()).isEqualTo(3);
        assertThat(admin.rebuilding(VIEW)).isTrue();
        assertThat(projection.seen).isEmpty();
        assertThatThrownBy(() -> admin.replay(VIEW)).isInstanceOf(ReplayRefusedException.class)
                .hasMessageContaining("being rebuilt already");
        mvc.perform(get("/view"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:vinr:problem:unavailable"));

        projection.release.countDown();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(admin.rebuilding(VIEW)).isFalse());
        ProjectionStatus done = admin.one(VIEW);
        assertThat(done.state()).isEqualTo(ProjectionStatus.State.RUNNING);
        assertThat(done.replay().done()).isEqualTo(3);
        assertThat(done.replay().finishedAt()).isNotNull();
        assertThat(done.replay().eventsPerSecond()).isPositive();
        assertThat(projection.seen).containsExactlyInAnyOrder("a", "b", "c");
        mvc.perform(get("/view")).andExpect(status().isOk());
    }

    @Test
    void aRebuildResumedAfterARestartStillKeepsItsViewsUnavailableUntilItHasCaughtUp() throws Exception {
        for (String text : List.of("a", "b", "c")) {
            axon.eventBus().publish(GenericEventMessage.asEventMessage(text));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(admin.one(VIEW).lag()).isZero());
        projection.holdReplay();

        // the tokens of a rebuild that a previous run of the service started: this instance knows nothing of it
        StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(VIEW, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(admin.one(VIEW).state()).isEqualTo(ProjectionStatus.State.REPLAYING);
            assertThat(admin.rebuilding(VIEW)).isTrue();
        });
        assertThat(admin.one(VIEW).replay()).isNull();
        mvc.perform(get("/view")).andExpect(status().isServiceUnavailable());

        projection.release.countDown();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(admin.rebuilding(VIEW)).isFalse();
            assertThat(admin.one(VIEW).state()).isEqualTo(ProjectionStatus.State.RUNNING);
        });
        assertThat(projection.seen).containsExactlyInAnyOrder("a", "b", "c");
        mvc.perform(get("/view")).andExpect(status().isOk());
    }

    @Test
    void anEventAHandlerFailsOnIsParkedWithTheRestOfItsAggregateWhileOtherAggregatesGoOnAndARetryAfterTheFixClearsIt() {
        fragile.poisoned = true;
        publish("plan-a", 0, "poison");
        publish("plan-a", 1, "after the poison");
        publish("plan-b", 0, "healthy");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ProjectionStatus status = admin.one(FRAGILE);
            assertThat(status.lag()).isZero();
            assertThat(status.state()).isEqualTo(ProjectionStatus.State.RUNNING);
            assertThat(status.deadLetters().letters()).isEqualTo(2);
        });
        assertThat(fragile.seen).containsExactly("healthy");
        DeadLetters parked = admin.one(FRAGILE).deadLetters();
        assertThat(parked.sequences()).isEqualTo(1);
        assertThat(parked.first()).singleElement().satisfies(letter -> {
            assertThat(letter.sequenceIdentifier()).isEqualTo("plan-a");
            assertThat(letter.eventType()).isEqualTo("String");
            assertThat(letter.position()).isZero();
            assertThat(letter.cause()).isEqualTo("java.lang.IllegalStateException: poisoned: poison");
        });
        assertThat(admin.letters(FRAGILE)).extracting(DeadLetters.Letter::position).containsExactly(0L, 1L);
        assertThat(admin.one(VIEW).deadLetters()).as("a projection without a queue").isNull();

        DeadLetterRetry stillFailing = admin.retry(FRAGILE);
        assertThat(stillFailing.sequencesTried()).isEqualTo(1);
        assertThat(stillFailing.sequencesCleared()).isZero();
        assertThat(stillFailing.remaining().letters()).isEqualTo(2);

        // A rebuild handles every event again: the parked copies go, and what still fails is parked anew.
        admin.replay(FRAGILE);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(admin.rebuilding(FRAGILE)).isFalse());
        assertThat(admin.one(FRAGILE).deadLetters().letters()).isEqualTo(2);
        assertThat(fragile.seen).containsExactly("healthy");

        fragile.poisoned = false;
        DeadLetterRetry fixed = admin.retry(FRAGILE);

        assertThat(fixed.sequencesCleared()).isEqualTo(1);
        assertThat(fixed.remaining().letters()).isZero();
        assertThat(fixed.remaining().first()).isEmpty();
        assertThat(fragile.seen).containsExactly("healthy", "poison", "after the poison");
        assertThatThrownBy(() -> admin.retry(VIEW)).hasMessageContaining("parks no events");
    }

    private void publish(String aggregate, long sequence, String text) {
        axon.eventBus().publish(new GenericDomainEventMessage<>("Plan", aggregate, sequence, text));
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        assertThatThrownBy(() -> admin.one("no-such-view")).hasMessageContaining("no-such-view");
        assertThatThrownBy(() -> admin.replay("no-such-view")).hasMessageContaining("no-such-view");
        assertThatThrownBy(() -> admin.retry("no-such-view")).hasMessageContaining("no-such-view");
    }

    /** A projection whose replay can be held at its first event. */
    static class Projection {

        final List<String> seen = new CopyOnWriteArrayList<>();
        volatile CountDownLatch release = new CountDownLatch(0);

        void holdReplay() {
            release = new CountDownLatch(1);
        }

        @EventHandler
        void on(String text) throws InterruptedException {
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            seen.add(text);
        }

        @ResetHandler
        void reset() {
            seen.clear();
        }
    }

    /** A projection that fails on the event "poison" until it is fixed. */
    static class Fragile {

        final List<String> seen = new CopyOnWriteArrayList<>();
        volatile boolean poisoned;

        @EventHandler
        void on(String text) {
            if (poisoned && text.equals("poison")) {
                throw new IllegalStateException("poisoned: " + text);
            }
            seen.add(text);
        }

        @ResetHandler
        void reset() {
            seen.clear();
        }
    }

    @RestController
    @ReadsProjections(VIEW)
    static class View {

        @GetMapping("/view")
        String view() {
            return "{}";
        }
    }
}
