package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The projections' positions against the event store, and their rebuild, through the admin API. */
abstract class ProjectionAdminSpec extends ApiTest {

    @Test
    void everyProjectionReportsItsPositionAgainstTheHeadOfTheEventStore() {
        String m = newMunicipality();

        eventually(() -> {
            Response response = get("/api/admin/projections");
            assertThat(response.status()).isEqualTo(200);
            List<String> names = new ArrayList<>();
            for (JsonNode projection : response.body()) {
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
    void anUnknownProjectionIsAProblem() {
        for (Response response : List.of(get("/api/admin/projections/no-such-view"),
                post("/api/admin/projections/no-such-view/replay", null))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body().path("detail").asText()).contains("no-such-view");
        }
    }
}

@OnH2
class ProjectionAdminOnH2Test extends ProjectionAdminSpec {
}

@OnPostgres
class ProjectionAdminOnPostgresTest extends ProjectionAdminSpec {
}
