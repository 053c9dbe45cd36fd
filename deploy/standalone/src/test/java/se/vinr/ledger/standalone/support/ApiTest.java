package se.vinr.ledger.standalone.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vinr.ledger.standalone.StandaloneApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the HTTP-level specifications: the whole standalone application on a random port, spoken to over real
 * HTTP. Each specification runs once per backend through a subclass annotated {@link OnH2} or
 * {@link OnPostgres}; tests share the context, so each works in a municipality of its own.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vinr.default-data.enabled=${vinr.test.default-data:false}",
                "vinr.security.admin-password=" + ApiTest.ADMIN_PASSWORD,
                // one user per role in the municipality "sec-own" (COMPARISON: everywhere), see SecuritySpec
                "vinr.security.users[0].name=viewer", "vinr.security.users[0].password=" + ApiTest.USER_PASSWORD,
                "vinr.security.users[0].roles=VIEWER", "vinr.security.users[0].municipalities=sec-own",
                "vinr.security.users[1].name=reporter", "vinr.security.users[1].password=" + ApiTest.USER_PASSWORD,
                "vinr.security.users[1].roles=REPORTER", "vinr.security.users[1].municipalities=sec-own",
                "vinr.security.users[2].name=plan_editor", "vinr.security.users[2].password=" + ApiTest.USER_PASSWORD,
                "vinr.security.users[2].roles=PLAN_EDITOR", "vinr.security.users[2].municipalities=sec-own",
                "vinr.security.users[3].name=org_admin", "vinr.security.users[3].password=" + ApiTest.USER_PASSWORD,
                "vinr.security.users[3].roles=ORG_ADMIN", "vinr.security.users[3].municipalities=sec-own",
                "vinr.security.users[4].name=auditor", "vinr.security.users[4].password=" + ApiTest.USER_PASSWORD,
                "vinr.security.users[4].roles=AUDITOR", "vinr.security.users[4].municipalities=sec-own",
                "vinr.security.users[5].name=comparison",
                // stored as a bcrypt hash, as an operator would configure it
                "vinr.security.users[5].password={bcrypt}$2a$10$K71InqxiG6CJ5dCadNFgv.keblbiBfmFaFa/vk5EZqmziwM/n9lC.",
                "vinr.security.users[5].roles=COMPARISON",
                // what the service keeps on disk besides the database (the audit signing key) stays in target/
                "vinr.data-dir=target/test-data"})
public abstract class ApiTest {

    protected static final String ADMIN_PASSWORD = "test-admin-password";
    protected static final String USER_PASSWORD = "test-user-password";
    private static final Map<String, OpenApiContract> CONTRACTS = new ConcurrentHashMap<>();

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected ObjectMapper mapper;
    @Autowired
    protected JdbcClient jdbc;

    public record Response(int status, HttpHeaders headers, String raw, JsonNode body) {

        public String contentType() {
            MediaType type = headers.getContentType();
            return type == null ? null : type.getType() + "/" + type.getSubtype();
        }
    }

    protected Response get(String path, String... headerPairs) {
        return exchange(HttpMethod.GET, path, null, headerPairs);
    }

    protected Response post(String path, String json, String... headerPairs) {
        return exchange(HttpMethod.POST, path, json, headerPairs);
    }

    protected Response put(String path, String json, String... headerPairs) {
        return exchange(HttpMethod.PUT, path, json, headerPairs);
    }

    /**
     * Sends {@code body} as JSON unless a Content-Type is among the header name/value pairs, as the user
     * {@code admin} unless an Authorization is among them (an empty one: no credentials at all).
     */
    protected Response exchange(HttpMethod method, String path, String body, String... headerPairs) {
        HttpHeaders headers = new HttpHeaders();
        for (int i = 0; i < headerPairs.length; i += 2) {
            if (!headerPairs[i + 1].isEmpty()) {
                headers.add(headerPairs[i], headerPairs[i + 1]);
            }
        }
        if (Arrays.stream(headerPairs).noneMatch(HttpHeaders.AUTHORIZATION::equalsIgnoreCase)) {
            headers.setBasicAuth("admin", ADMIN_PASSWORD);
        }
        if (body != null && headers.getContentType() == null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        String raw = response.getBody();
        Response answer = new Response(response.getStatusCode().value(), response.getHeaders(), raw, parse(raw));
        contract().check(method, path, answer);
        return answer;
    }

    /** The OpenAPI description this application serves, which every answer above must keep to. */
    private OpenApiContract contract() {
        return CONTRACTS.computeIfAbsent(http.getRootUri(),
                root -> new OpenApiContract(parse(http.getForObject("/v3/api-docs", String.class))));
    }

    private JsonNode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return mapper.missingNode();
        }
        try {
            return mapper.readTree(raw);
        } catch (IOException e) {
            return mapper.missingNode();
        }
    }

    protected String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A municipality of the test's own, registered through the API. */
    protected String newMunicipality() {
        String id = "m-" + UUID.randomUUID().toString().substring(0, 8);
        Response response = put("/api/municipalities/" + id, """
                {"name": "Testkommun %s", "municipalityCode": "0980"}""".formatted(id));
        if (response.status() != 201) {
            throw new IllegalStateException("could not register " + id + ": " + response.raw());
        }
        return id;
    }

    /** A unit of the municipality, registered through the API. */
    protected void newUnit(String municipalityId, String unitId) {
        Response response = post("/api/municipalities/" + municipalityId + "/units", """
                {"unitId": "%s", "name": "Enhet %s", "department": "Socialtjänsten", "operator": "OWN",
                 "headcount": 10}""".formatted(unitId, unitId));
        if (response.status() != 201) {
            throw new IllegalStateException("could not register unit " + unitId + ": " + response.raw());
        }
    }

    /** Events stored for aggregates whose identifier starts with the municipality id. */
    protected long storedEvents(String municipalityId) {
        return jdbc.sql("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? OR aggregateIdentifier LIKE ?")
                .params(municipalityId, municipalityId + "/%")
                .query(Long.class).single();
    }

    /** Waits until the replay of a projection started through the admin API reports that it has caught up. */
    protected void awaitRebuilt(String projection) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            JsonNode status = get("/api/admin/projections/" + projection).body();
            assertThat(status.path("state").asText()).isEqualTo("RUNNING");
            assertThat(status.path("replay").path("finishedAt").isTextual()).as(status.toString()).isTrue();
        });
    }

    /** Projections are asynchronous: wait (briefly) until the assertion holds. */
    protected static void eventually(ThrowingRunnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(25))
                .untilAsserted(assertion);
    }
}
