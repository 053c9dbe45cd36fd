package se.vinr.ledger.standalone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;
import se.vinr.ledger.web.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.ledger.web.security.Role.ADMIN;
import static se.vinr.ledger.web.security.Role.ORG_ADMIN;
import static se.vinr.ledger.web.security.Role.PLAN_EDITOR;
import static se.vinr.ledger.web.security.Role.REPORTER;
import static se.vinr.ledger.web.security.Role.VIEWER;

/**
 * Who may call what. The rule table below is the specification: every endpoint the application serves must be in it
 * (a new endpoint without a rule fails the matrix), and every endpoint is called by every role, in its own and in a
 * foreign municipality, and without credentials.
 */
abstract class SecuritySpec extends ApiTest {

    private static final String OWN = "sec-own";
    private static final String FOREIGN = "sec-foreign";
    private static final String M = "/api/municipalities/{municipalityId}";

    /** The role each endpoint needs; VIEWER is also met by every other role of the municipality and by AUDITOR. */
    private static final Map<String, Role> RULES = Map.ofEntries(
            entry("GET /api/municipalities", VIEWER),
            entry("PUT " + M, ADMIN),
            entry("POST " + M + "/units", ORG_ADMIN),
            entry("PUT " + M + "/units/{unitId}/headcount", ORG_ADMIN),
            entry("POST " + M + "/key-persons", ORG_ADMIN),
            entry("POST " + M + "/key-persons/{keyPersonId}/deregistration", ORG_ADMIN),
            entry("POST " + M + "/key-persons/{keyPersonId}/moves", ORG_ADMIN),
            entry("POST " + M + "/key-person-totals", ORG_ADMIN),
            entry("PUT " + M + "/people/{personRef}/contact", ORG_ADMIN),
            entry("GET " + M + "/people/{personRef}/contact", ORG_ADMIN),
            entry("POST " + M + "/people/{personRef}/erasure", ADMIN),
            entry("POST " + M + "/courses", ORG_ADMIN),
            entry("POST " + M + "/meeting-series", ORG_ADMIN),
            entry("POST " + M + "/training-completions", REPORTER),
            entry("POST " + M + "/meetings", REPORTER),
            entry("POST " + M + "/screenings", REPORTER),
            entry("POST " + M + "/plans", PLAN_EDITOR),
            entry("POST " + M + "/plans/{planId}/revisions", PLAN_EDITOR),
            entry("POST " + M + "/plans/{planId}/consultations", PLAN_EDITOR),
            entry("POST " + M + "/plans/{planId}/consultation-responses", PLAN_EDITOR),
            entry("POST " + M + "/plans/{planId}/decisions", PLAN_EDITOR),
            entry("POST " + M + "/plans/{planId}/responsibility-transfers", PLAN_EDITOR),
            entry("POST " + M + "/plans/{planId}/follow-up-reports", PLAN_EDITOR),
            entry("POST " + M + "/plans/{planId}/activities/{code}/status", REPORTER),
            entry("POST " + M + "/plans/{planId}/indicators/{code}/values", REPORTER),
            entry("GET " + M + "/plans", VIEWER),
            entry("GET " + M + "/plans/{planId}", VIEWER),
            entry("GET " + M + "/plans/{planId}/history", VIEWER),
            entry("GET " + M + "/plans/{planId}/follow-up-reports", VIEWER),
            entry("GET " + M + "/activities", VIEWER),
            entry("GET " + M + "/indicators", VIEWER),
            entry("GET " + M + "/training-coverage", VIEWER),
            entry("GET " + M + "/key-persons/coverage", VIEWER),
            entry("GET " + M + "/meetings", VIEWER),
            entry("GET " + M + "/screenings", VIEWER),
            entry("GET /api/comparison/indicators", Role.COMPARISON),
            entry("GET /api/audit/municipalities/{municipalityId}/events", Role.AUDITOR),
            entry("GET /api/audit/municipalities/{municipalityId}/verify", Role.AUDITOR),
            entry("POST /api/audit/municipalities/{municipalityId}/checkpoints", Role.AUDITOR),
            entry("GET /api/audit/municipalities/{municipalityId}/checkpoints", Role.AUDITOR),
            entry("GET /api/audit/municipalities/{municipalityId}/checkpoints/{chainIndex}", Role.AUDITOR),
            entry("GET /api/audit/municipalities/{municipalityId}/bundle", Role.AUDITOR),
            entry("GET /api/audit/correlations/{correlationId}", Role.AUDITOR),
            entry("GET /api/audit/public-key", Role.AUDITOR),
            entry("POST /api/admin/imports", ADMIN),
            entry("GET /api/admin/projections", ADMIN),
            entry("GET /api/admin/projections/{name}", ADMIN),
            entry("POST /api/admin/projections/{name}/replay", ADMIN),
            entry("GET /api/admin/projections/{name}/dead-letters", ADMIN),
            entry("POST /api/admin/projections/{name}/dead-letters/retry", ADMIN));

    /** The users ApiTest configures: one per role, granted in {@value #OWN} only (COMPARISON and ADMIN: everywhere). */
    private static final Map<String, Role> USERS = Map.of("viewer", VIEWER, "reporter", REPORTER,
            "plan_editor", PLAN_EDITOR, "org_admin", ORG_ADMIN, "auditor", Role.AUDITOR,
            "comparison", Role.COMPARISON, "admin", ADMIN);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void ownAndForeignMunicipalities() {
        for (String m : List.of(OWN, FOREIGN)) {
            assertThat(put("/api/municipalities/" + m, """
                    {"name": "Kommun %s", "municipalityCode": "0999"}""".formatted(m)).status()).isIn(200, 201);
        }
    }

    @Test
    void everyEndpointHasARuleAndEveryRoleGetsWhatTheRuleSays() {
        Set<String> served = endpoints();
        assertThat(served).as("endpoints served; each needs a rule in SecuritySpec.RULES")
                .containsExactlyInAnyOrderElementsOf(RULES.keySet());

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String endpoint : new TreeSet<>(served)) {
            HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
            String template = endpoint.substring(endpoint.indexOf(' ') + 1);
            boolean scoped = template.contains("{municipalityId}");
            for (String municipality : scoped ? List.of(OWN, FOREIGN) : List.of(OWN)) {
                String path = template.replace("{municipalityId}", municipality).replaceAll("\\{[^}]+}", "x");
                String body = method == HttpMethod.GET ? null : "{}";
                calls++;
                Response anonymous = exchange(method, path, body, HttpHeaders.AUTHORIZATION, "");
                if (anonymous.status() != 401) {
                    wrong.add(endpoint + " without credentials: " + anonymous.status());
                }
                for (Map.Entry<String, Role> user : new TreeMap<>(USERS).entrySet()) {
                    calls++;
                    Response response = exchange(method, path, body, HttpHeaders.AUTHORIZATION, basic(user.getKey()));
                    boolean allowed = allowed(user.getValue(), RULES.get(endpoint), !scoped || municipality.equals(OWN));
                    boolean refused = response.status() == 403
                            && "application/problem+json".equals(response.contentType());
                    if (allowed ? response.status() == 401 || response.status() == 403 || response.status() >= 500
                            : !refused) {
                        wrong.add(endpoint + " in " + municipality + " as " + user.getKey() + ": "
                                + response.status() + " " + response.raw());
                    }
                }
            }
        }
        assertThat(wrong).as("of %d calls", calls).isEmpty();
        assertThat(calls).isGreaterThan(RULES.size() * USERS.size());
    }

    @Test
    void withoutOrWithWrongCredentialsTheAnswerIs401AsAProblem() {
        for (String authorization : List.of("", "Basic " + encode("admin:wrong"), "Basic " + encode("nobody:x"),
                "Bearer not-a-token")) {
            Response response = get("/api/municipalities/" + OWN + "/plans", HttpHeaders.AUTHORIZATION, authorization);
            assertThat(response.status()).as(authorization).isEqualTo(401);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        }
    }

    @Test
    void aUserOfOneMunicipalityLearnsNothingOfAnother() {
        Response unknownThere = get("/api/municipalities/no-such-place/plans/nothing", HttpHeaders.AUTHORIZATION,
                basic("viewer"));
        Response knownThere = get("/api/municipalities/" + FOREIGN + "/plans", HttpHeaders.AUTHORIZATION,
                basic("viewer"));
        assertThat(unknownThere.status()).isEqualTo(knownThere.status()).isEqualTo(403);

        eventually(() -> assertThat(get("/api/municipalities", HttpHeaders.AUTHORIZATION, basic("viewer")).body()
                .findValuesAsText("id")).containsExactly(OWN));
        // a refused write stores nothing, whatever its body
        long before = storedEvents(FOREIGN);
        assertThat(post("/api/municipalities/" + FOREIGN + "/units", """
                {"unitId": "u1", "name": "Enhet", "department": "IFO", "operator": "OWN", "headcount": 3}""",
                HttpHeaders.AUTHORIZATION, basic("org_admin")).status()).isEqualTo(403);
        assertThat(storedEvents(FOREIGN)).isEqualTo(before);
    }

    @Test
    void eventsSayWhoSentThemAndUnderWhichGrants() {
        String unit = "u-" + System.nanoTime();
        assertThat(post("/api/municipalities/" + OWN + "/units", """
                {"unitId": "%s", "name": "Enhet", "department": "IFO", "operator": "OWN", "headcount": 3}"""
                .formatted(unit), HttpHeaders.AUTHORIZATION, basic("org_admin")).status()).isEqualTo(201);

        String metadata = jdbc.sql("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                        + "ORDER BY sequenceNumber DESC LIMIT 1").param(OWN)
                .query((rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)).single();
        assertThat(metadata).contains("\"userId\":\"org_admin\"").contains("\"roles\":\"sec-own:ORG_ADMIN\"");
    }

    @Test
    void theOpenApiDescriptionAndHealthNeedNoCredentials() {
        assertThat(get("/v3/api-docs", HttpHeaders.AUTHORIZATION, "").status()).isEqualTo(200);
        assertThat(get("/actuator/health", HttpHeaders.AUTHORIZATION, "").status()).isEqualTo(200);
    }

    /** The policy, stated independently of the implementation. */
    private static boolean allowed(Role user, Role needed, boolean ownMunicipality) {
        if (user == ADMIN) {
            return true;
        }
        if (needed == VIEWER) {
            return ownMunicipality && user != Role.COMPARISON;
        }
        return user == needed && (ownMunicipality || needed == Role.COMPARISON);
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getName().startsWith("se.vinr.ledger.")) {
                continue;
            }
            for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                for (String pattern : mapping.getKey().getPatternValues()) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        return endpoints;
    }

    private static String basic(String user) {
        return "Basic " + encode(user + ":" + (user.equals("admin") ? ADMIN_PASSWORD : USER_PASSWORD));
    }

    private static String encode(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}

@OnH2
class SecurityOnH2Test extends SecuritySpec {
}

@OnPostgres
class SecurityOnPostgresTest extends SecuritySpec {
}
