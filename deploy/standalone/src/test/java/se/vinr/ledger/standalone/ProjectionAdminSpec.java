package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.springboot.TimeoutProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import se.vinr.ledger.events.organisation.UnitRegistered;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projections' positions against the event store, their rebuild, their parked events and the aggregate snapshots,
 * through the admin API. A test projection (its own processing group) fails on units named "poison-…" until it is
 * fixed; snapshots are taken every few events.
 */
@Import(ProjectionAdminSpec.PoisonedProjection.class)
@TestPropertySource(properties = "vinr.snapshots.threshold=3")
abstract class ProjectionAdminSpec extends ApiTest {

    @Autowired
    PoisonedProjection poisoned;
    @Autowired
    TimeoutProperties timeouts;

    @Test
    void eventHandlerCallsAreGuardedByTheTimeoutOfTheirBatchAlone() {
        assertThat(timeouts.getHandler().getEvents().getTimeoutMs()).isEqualTo(-1);
        assertThat(timeouts.getHandler().getEvents().getWarningThresholdMs()).isEqualTo(-1);
        assertThat(timeouts.getTransaction().getEventProcessors().getTimeoutMs()).isPositive();
    }

    @Test
    void everyProjectionReportsItsPositionAgainstTheHeadOfTheEventStore() {
        String m = newMunicipality();

        eventually(() -> {
            Response response = get("/api/admin/projections");
            assertThat(response.status()).isEqualTo(200);
            List<String> names = new ArrayList<>();
            for (JsonNode projection : response.body().path("projections")) {
                names.add(projection.path("name").asText());
                assertThat(projection.path("state").asText()).isEqualTo("RUNNING");
                assertThat(projection.path("lag").asLong()).as(projection.toString()).isZero();
                assertThat(projection.path("position").asLong()).isEqualTo(projection.path("head").asLong());
                assertThat(projection.path("segments").asInt()).isPositive();
                assertThat(projection.path("segmentsClaimed").asInt()).isEqualTo(projection.path("segments").asInt());
            }
            assertThat(names).contains("organisation", "plans").isSorted();
        });
        long head = get("/api/admin/projections/organisation").body().path("head").asLong();
        assertThat(head).isEqualTo(jdbc.sql("SELECT MAX(globalIndex) FROM DomainEventEntry").query(Long.class).single());
        assertThat(get("/api/municipalities").body().findValuesAsText("id")).contains(m);
    }

    @Test
    void aReplayAnswers202WithWhereToFollowItAndEndsWithEveryEventHandledAgain() {
        newMunicipality();

        Response replay = post("/api/admin/projections/organisation/replay", null);

        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.headers().getLocation()).hasPath("/api/admin/projections/organisation");
        long total = replay.body().path("replay").path("total").asLong();
        assertThat(total).isEqualTo(replay.body().path("head").asLong() + 1);
        awaitRebuilt("organisation");
        JsonNode done = get("/api/admin/projections/organisation").body().path("replay");
        assertThat(done.path("done").asLong()).isEqualTo(total);
        assertThat(done.path("eventsPerSecond").asDouble()).isPositive();
    }

    @Test
    void anEventAProjectionFailsOnIsParkedWithTheRestOfItsMunicipalityShownAndHandledAgainAfterTheFix() {
        String sick = newMunicipality();
        String healthy = newMunicipality();
        newUnit(sick, "poison-1");
        newUnit(sick, "after-poison");
        newUnit(healthy, "fine");

        eventually(() -> {
            JsonNode status = get("/api/admin/projections/" + PoisonedProjection.GROUP).body();
            assertThat(status.path("lag").asLong()).as(status.toString()).isZero();
            assertThat(status.path("state").asText()).isEqualTo("RUNNING");
            assertThat(status.path("deadLetters").path("letters").asLong()).isEqualTo(2);
        });
        // the processor went on with the other municipality; the sick one's later unit waits behind its poison
        assertThat(poisoned.handled).contains(healthy + "/fine").doesNotContain(sick + "/after-poison");
        JsonNode parked = get("/api/admin/projections/" + PoisonedProjection.GROUP).body().path("deadLetters");
        assertThat(parked.path("sequences").asLong()).isEqualTo(1);
        JsonNode first = parked.path("first").get(0);
        assertThat(first.path("sequenceIdentifier").asText()).isEqualTo(sick);
        assertThat(first.path("eventType").asText()).isEqualTo("UnitRegistered");
        assertThat(first.path("cause").asText()).isEqualTo("java.lang.IllegalStateException: cannot digest poison-1");
        assertThat(first.path("position").asLong()).isEqualTo(jdbc.sql("SELECT globalIndex FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = ? AND payloadType LIKE '%.UnitRegistered' ORDER BY globalIndex")
                .param(sick).query(Long.class).list().get(0));
        Response listed = get("/api/admin/projections/" + PoisonedProjection.GROUP + "/dead-letters");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().findValuesAsText("sequenceIdentifier")).containsExactly(sick, sick);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM DeadLetterEntry WHERE processingGroup = ?")
                .param(PoisonedProjection.GROUP).query(Long.class).single()).isEqualTo(2);
        // the whole view too, with the other projections' empty queues; the audit chain parks nothing
        JsonNode overview = get("/api/admin/projections").body().path("projections");
        assertThat(overview.findValues("name").stream().map(JsonNode::asText).toList())
                .contains(PoisonedProjection.GROUP);
        for (JsonNode projection : overview) {
            String name = projection.path("name").asText();
            assertThat(projection.path("deadLetters").isObject()).as(name).isEqualTo(!name.equals("audit"));
        }
        assertThat(get("/api/admin/projections/audit/dead-letters").status()).isEqualTo(404);

        Response stillSick = post("/api/admin/projections/" + PoisonedProjection.GROUP + "/dead-letters/retry", null);
        assertThat(stillSick.status()).isEqualTo(200);
        assertThat(stillSick.body().path("sequencesCleared").asInt()).isZero();
        assertThat(stillSick.body().path("remaining").path("letters").asLong()).isEqualTo(2);

        poisoned.fixed = true;
        Response retried = post("/api/admin/projections/" + PoisonedProjection.GROUP + "/dead-letters/retry", null);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("sequencesCleared").asInt()).isEqualTo(1);
        assertThat(retried.body().path("remaining").path("letters").asLong()).isZero();
        assertThat(poisoned.handled).containsSubsequence(sick + "/poison-1", sick + "/after-poison");
        assertThat(get("/api/admin/projections/" + PoisonedProjection.GROUP + "/dead-letters").body()).isEmpty();
    }

    @Test
    void theViewCountsTheAggregateSnapshotsPerType() {
        String m = newMunicipality();
        for (int i = 0; i < 4; i++) {
            newUnit(m, "snap-" + i);
        }

        eventually(() -> {
            JsonNode snapshots = get("/api/admin/projections").body().path("snapshots");
            JsonNode municipality = null;
            for (JsonNode type : snapshots) {
                if (type.path("aggregateType").asText().equals("Municipality")) {
                    municipality = type;
                }
            }
            assertThat(municipality).as(snapshots.toString()).isNotNull();
            assertThat(municipality.path("aggregates").asLong()).isEqualTo(jdbc.sql(
                    "SELECT COUNT(*) FROM SnapshotEventEntry WHERE type = 'Municipality'").query(Long.class).single());
            assertThat(municipality.path("aggregates").asLong()).isPositive();
            assertThat(municipality.path("highestSequence").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(municipality.path("latestAt").asText()).isNotBlank();
        });
    }

    @Test
    void anUnknownProjectionIsAProblem() {
        for (Response response : List.of(get("/api/admin/projections/no-such-view"),
                post("/api/admin/projections/no-such-view/replay", null),
                get("/api/admin/projections/no-such-view/dead-letters"),
                post("/api/admin/projections/no-such-view/dead-letters/retry", null))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body().path("detail").asText()).contains("no-such-view");
        }
    }

    /** A projection of the test's own that cannot digest units named "poison-…" until {@link #fixed}. */
    @TestConfiguration(proxyBeanMethods = false)
    @ProcessingGroup(PoisonedProjection.GROUP)
    static class PoisonedProjection {

        static final String GROUP = "poison-test";

        final List<String> handled = new CopyOnWriteArrayList<>();
        volatile boolean fixed;

        @EventHandler
        void on(UnitRegistered event) {
            String unit = event.municipalityId().value() + "/" + event.unitId().value();
            if (!fixed && event.unitId().value().startsWith("poison-")) {
                throw new IllegalStateException("cannot digest " + event.unitId().value());
            }
            handled.add(unit);
        }
    }
}

@OnH2
class ProjectionAdminOnH2Test extends ProjectionAdminSpec {
}

@OnPostgres
class ProjectionAdminOnPostgresTest extends ProjectionAdminSpec {
}
