package se.vinr.ledger.standalone;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key: a repeated write is answered as the first time and stores nothing. */
abstract class IdempotencySpec extends ApiTest {

    private static final String KEY = "Idempotency-Key";

    private static String unit(String id) {
        return """
                {"unitId": "%s", "name": "Enhet", "department": "IFO", "operator": "OWN", "headcount": 5}""".formatted(id);
    }

    @Test
    void aRepeatGetsTheFirstAnswerAndStoresNothing() {
        String m = newMunicipality();
        String key = UUID.randomUUID().toString();

        Response first = post("/api/municipalities/" + m + "/units", unit("u1"), KEY, key);
        long stored = storedEvents(m);
        Response repeat = post("/api/municipalities/" + m + "/units", unit("u1"), KEY, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.raw()).isEqualTo(first.raw());
        assertThat(repeat.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(repeat.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.headers().getFirst("Idempotent-Replayed")).isNull();
        assertThat(storedEvents(m)).isEqualTo(stored);
    }

    @Test
    void theSameKeyForAnotherRequestIs422AndStoresNothing() {
        String m = newMunicipality();
        String key = UUID.randomUUID().toString();
        assertThat(post("/api/municipalities/" + m + "/units", unit("u1"), KEY, key).status()).isEqualTo(201);
        long stored = storedEvents(m);

        Response other = post("/api/municipalities/" + m + "/units", unit("u2"), KEY, key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.body().path("type").asText()).isEqualTo("urn:vinr:problem:idempotency-key-reused");
        assertThat(storedEvents(m)).isEqualTo(stored);
    }

    @Test
    void aRefusedRequestIsNotRememberedSoTheCorrectedOneMayUseTheKey() {
        String m = newMunicipality();
        String key = UUID.randomUUID().toString();

        Response refused = post("/api/municipalities/" + m + "/units", """
                {"unitId": "u1", "name": "Enhet", "department": "IFO", "operator": "OWN", "headcount": -1}""",
                KEY, key);
        Response corrected = post("/api/municipalities/" + m + "/units", unit("u1"), KEY, key);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String m = newMunicipality();
        assertThat(post("/api/municipalities/" + m + "/units", unit("u1"), KEY, key).status()).isEqualTo(201);

        // another caller with the same key is another request: refused on its own merits, not replayed
        Response other = post("/api/municipalities/" + m + "/units", unit("u1"), KEY, key,
                "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("viewer:" + USER_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(other.status()).isEqualTo(403);
    }

    @Test
    void theRememberedAnswerPointsAtTheResourceWithoutTheRequestsQuery() {
        String m = newMunicipality();
        String key = UUID.randomUUID().toString();
        String path = "/api/municipalities/" + m + "/units?note=" + "x".repeat(3000);

        Response first = post(path, unit("u1"), KEY, key);
        Response repeat = post(path, unit("u1"), KEY, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.headers().getLocation()).hasPath("/api/municipalities/" + m + "/units/u1").hasNoQuery();
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.headers().getLocation()).isEqualTo(first.headers().getLocation());
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        String m = newMunicipality();
        Response response = post("/api/municipalities/" + m + "/units", unit("u1"), KEY, "key with spaces");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("detail").asText()).contains(KEY);
    }

    @Test
    void concurrentRepeatsCauseTheWriteOnce() throws Exception {
        String m = newMunicipality();
        String key = UUID.randomUUID().toString();
        long before = storedEvents(m);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post("/api/municipalities/" + m + "/units", unit("u1"), KEY, key));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> response : pool.invokeAll(calls)) {
                statuses.add(response.get().status());
            }
            // each caller is told it worked, or (H2 refusing a concurrent claim at once) to send it again
            assertThat(statuses).contains(201).allMatch(status -> status == 201 || status == 409);
        } finally {
            pool.shutdown();
        }
        assertThat(storedEvents(m)).isEqualTo(before + 1);
    }
}

@OnH2
class IdempotencyOnH2Test extends IdempotencySpec {
}

@OnPostgres
class IdempotencyOnPostgresTest extends IdempotencySpec {
}
