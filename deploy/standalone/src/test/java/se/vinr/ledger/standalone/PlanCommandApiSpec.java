package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan write API: every error code it promises, and that a refused command stores nothing. */
abstract class PlanCommandApiSpec extends ApiTest {

    static final String DRAFT = """
            {"planId": "vinr-2021", "title": "Plan mot våld i nära relationer", "periodStart": "2021-01-01",
             "periodEnd": "2024-12-31", "caseNumber": "N164-0224/21", "responsibleBody": "Social resursnämnd",
             "draftedOn": "2018-05-23"}""";

    static final String REVISION = """
            {"date": "2019-08-01", "preparedBy": "Social resursförvaltning", "summary": "Remissversion",
             "goals": [{"code": "1", "title": "Våldsutsatta får stöd",
                        "activities": [{"code": "1:1", "description": "Utbilda personal",
                                        "targetGroups": ["Personal"], "responsibleBodies": ["Alla nämnder"],
                                        "timing": {"text": "Under planperioden"}}]}]}""";

    String plans(String m) {
        return "/api/municipalities/" + m + "/plans";
    }

    @Test
    void draftingAPlanAnswersCreatedWithItsLocationAndVersion() {
        String m = newMunicipality();

        Response response = post(plans(m), DRAFT);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().getLocation()).hasPath(plans(m) + "/vinr-2021");
        assertThat(response.body().path("id").asText()).isEqualTo("vinr-2021");
        assertThat(response.body().path("version").asLong()).isZero();
    }

    @Test
    void aPlanOfAnUnknownMunicipalityIsNotFound() {
        Response response = post(plans("atlantis"), DRAFT);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("detail").asText()).contains("atlantis");
    }

    @Test
    void aPlanIdCannotBeUsedTwice() {
        String m = newMunicipality();
        post(plans(m), DRAFT);

        Response response = post(plans(m), DRAFT);

        assertThat(response.status()).isEqualTo(409);
        assertThat(storedEvents(m)).isEqualTo(2);
    }

    @Test
    void aPeriodMustEndAfterItStarts() {
        String m = newMunicipality();

        Response response = post(plans(m), DRAFT.replace("2024-12-31", "2020-12-31"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("periodEnd");
        assertThat(storedEvents(m)).isEqualTo(1);
    }

    @Test
    void malformedJsonIsABadRequest() {
        String m = newMunicipality();

        Response response = post(plans(m), "{\"planId\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("title").asText()).isEqualTo("Malformed request body");
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        String m = newMunicipality();

        Response response = post(plans(m), DRAFT.replace("\"title\"", "\"victimName\": \"x\", \"title\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("victimName");
        assertThat(response.body().path("errors").get(0).path("message").asText()).contains("unknown field");
        assertThat(storedEvents(m)).isEqualTo(1);
    }

    @Test
    void impossibleDatesAreRefusedByField() {
        String m = newMunicipality();

        Response response = post(plans(m), DRAFT.replace("2021-01-01", "2021-02-30"));

        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.body().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("periodStart");
        assertThat(error.path("message").asText()).contains("date");
    }

    @Test
    void missingRequiredFieldsAreAllListed() {
        String m = newMunicipality();

        Response response = post(plans(m), """
                {"planId": "p1", "periodStart": "2021-01-01"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("title", "periodEnd", "responsibleBody");
    }

    @Test
    void nullEntriesInListsAreBadRequestsNotServerErrors() {
        String m = newMunicipality();
        post(plans(m), DRAFT);

        Response nullGoal = post(plans(m) + "/vinr-2021/revisions", """
                {"date": "2021-01-01", "goals": [null]}""");
        Response nullActivity = post(plans(m) + "/vinr-2021/revisions", """
                {"date": "2021-01-01", "goals": [{"code": "1", "title": "Mål", "activities": [null]}]}""");

        assertThat(nullGoal.status()).isEqualTo(400);
        assertThat(nullGoal.body().path("errors").findValuesAsText("field")).containsExactly("goals[0]");
        assertThat(nullActivity.status()).isEqualTo(400);
        assertThat(nullActivity.contentType()).isEqualTo("application/problem+json");
        assertThat(nullActivity.body().path("errors").get(0).path("message").asText()).contains("null");
        assertThat(storedEvents(m)).isEqualTo(2);
    }

    @Test
    void unknownEnumValuesNameTheAllowedOnes() {
        String m = newMunicipality();
        post(plans(m), DRAFT);

        Response response = post(plans(m) + "/vinr-2021/decisions", """
                {"kind": "APPROVED", "decidingBody": "KS", "decisionDate": "2021-02-23"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("kind");
        assertThat(response.body().path("errors").get(0).path("message").asText()).contains("ADOPTED");
    }

    @Test
    void onlyJsonIsAccepted() {
        String m = newMunicipality();

        Response response = post(plans(m), "planId=p1", "Content-Type", "text/plain");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("type").asText()).isEqualTo("urn:vinr:problem:unsupported-media-type");
        assertThat(response.body().path("errors").isArray()).isTrue();
    }

    @Test
    void aMethodTheEndpointDoesNotTakeIsAProblemNamingTheOnesItDoes() {
        Response response = exchange(HttpMethod.DELETE, plans(newMunicipality()), null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers().getAllow()).contains(HttpMethod.POST);
        assertThat(response.body().path("type").asText()).isEqualTo("urn:vinr:problem:method-not-allowed");
    }

    @Test
    void anUnknownPlanIsNotFound() {
        String m = newMunicipality();

        Response response = post(plans(m) + "/no-such-plan/revisions", REVISION);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aRuleViolationIsAConflictAndStoresNothing() {
        String m = newMunicipality();
        post(plans(m), DRAFT);
        long before = storedEvents(m);

        Response response = post(plans(m) + "/vinr-2021/decisions", """
                {"kind": "ADOPTED", "decidingBody": "Kommunfullmäktige", "decisionDate": "2021-02-23"}""");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("detail").asText()).contains("revision");
        assertThat(storedEvents(m)).isEqualTo(before);
    }

    @Test
    void invalidContentNamesTheFieldInTheRequest() {
        String m = newMunicipality();
        post(plans(m), DRAFT);

        Response response = post(plans(m) + "/vinr-2021/revisions", REVISION.replace("\"1:1\"", "\"\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field"))
                .containsExactly("goals[0].activities[0].code");
    }

    @Test
    void ifMatchWithTheCurrentVersionIsAcceptedAndAStaleOneIsAConflict() {
        String m = newMunicipality();
        post(plans(m), DRAFT);

        Response current = post(plans(m) + "/vinr-2021/revisions", REVISION, "If-Match", "\"0\"");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.body().path("version").asLong()).isEqualTo(1);

        Response stale = post(plans(m) + "/vinr-2021/revisions", REVISION, "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().path("errors").findValuesAsText("field")).containsExactly("If-Match");
        assertThat(storedEvents(m)).isEqualTo(3);

        Response garbage = post(plans(m) + "/vinr-2021/revisions", REVISION, "If-Match", "yesterday");
        assertThat(garbage.status()).isEqualTo(400);
    }

    @Test
    void everyEventCarriesWhoWhereAndTheCorrelationId() throws Exception {
        String m = newMunicipality();

        Response response = post(plans(m), DRAFT, "X-Correlation-Id", "trace-42", "User-Agent", "spec/1.0");

        assertThat(response.headers().getFirst("X-Correlation-Id")).isEqualTo("trace-42");
        byte[] metadata = jdbc.sql("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?")
                .param(m + "/plan/vinr-2021").query(byte[].class).single();
        JsonNode meta = mapper.readTree(metadata);
        assertThat(meta.path("correlationId").asText()).isEqualTo("trace-42");
        assertThat(meta.path("municipalityId").asText()).isEqualTo(m);
        assertThat(meta.path("userId").asText()).isNotBlank();
        assertThat(meta.path("clientIp").asText()).isNotBlank();
        assertThat(meta.path("userAgent").asText()).isEqualTo("spec/1.0");
        assertThat(meta.path("causationId").asText()).isNotBlank();
    }
}

@OnH2
class PlanCommandApiOnH2Test extends PlanCommandApiSpec {
}

@OnPostgres
class PlanCommandApiOnPostgresTest extends PlanCommandApiSpec {
}
