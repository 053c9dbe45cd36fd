package se.vinr.ledger.standalone;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Municipalities and units through the write API: status codes, bodies and that refusals store nothing. */
abstract class OrganisationApiSpec extends ApiTest {

    @Test
    void registeringAMunicipalityCreatesItAndRepeatingItChangesNothing() {
        String id = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"name": "Region Gotland", "municipalityCode": "0980"}""";

        Response first = put("/api/municipalities/" + id, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.headers().getLocation()).hasPath("/api/municipalities/" + id);
        assertThat(first.body().path("id").asText()).isEqualTo(id);
        assertThat(first.body().path("version").asLong()).isZero();

        Response again = put("/api/municipalities/" + id, body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("version").asLong()).isZero();
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void aMunicipalityCannotBeRegisteredAgainUnderAnotherName() {
        String id = newMunicipality();

        Response response = put("/api/municipalities/" + id, """
                {"name": "Another name", "municipalityCode": "0980"}""");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("status").asInt()).isEqualTo(409);
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void aMunicipalityNeedsAFourDigitCodeAndASlugId() {
        Response badCode = put("/api/municipalities/m-" + UUID.randomUUID().toString().substring(0, 8), """
                {"name": "Gotland", "municipalityCode": "98"}""");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body().path("errors").findValuesAsText("field")).containsExactly("municipalityCode");

        Response badId = put("/api/municipalities/Not_A_Slug", """
                {"name": "Gotland", "municipalityCode": "0980"}""");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.contentType()).as(badId.raw()).isEqualTo("application/problem+json");
        assertThat(badId.body().path("errors").findValuesAsText("field")).containsExactly("municipalityId");
    }

    @Test
    void unitsAreUniqueWithinTheirMunicipality() {
        String m = newMunicipality();
        String unit = """
                {"unitId": "hemtjansten-norr", "name": "Hemtjänsten Norr", "department": "Hemtjänsten",
                 "operator": "OWN", "headcount": 42}""";

        Response created = post("/api/municipalities/" + m + "/units", unit);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasPath("/api/municipalities/" + m + "/units/hemtjansten-norr");
        assertThat(created.body().path("id").asText()).isEqualTo("hemtjansten-norr");
        assertThat(created.body().path("version").asLong()).isEqualTo(1);

        Response duplicate = post("/api/municipalities/" + m + "/units", unit);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(storedEvents(m)).isEqualTo(2);
    }

    @Test
    void aUnitOfAnUnknownMunicipalityIsNotFound() {
        Response response = post("/api/municipalities/nowhere-" + UUID.randomUUID().toString().substring(0, 6) + "/units", """
                {"unitId": "u1", "name": "Enhet", "department": "IFO", "operator": "OWN", "headcount": 1}""");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void headcountsAreNeverNegativeAndOperatorsAreOwnOrContracted() {
        String m = newMunicipality();

        Response negative = post("/api/municipalities/" + m + "/units", """
                {"unitId": "u1", "name": "Enhet", "department": "IFO", "operator": "OWN", "headcount": -1}""");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().path("errors").findValuesAsText("field")).containsExactly("headcount");

        Response unknownOperator = post("/api/municipalities/" + m + "/units", """
                {"unitId": "u1", "name": "Enhet", "department": "IFO", "operator": "PRIVATE", "headcount": 1}""");
        assertThat(unknownOperator.status()).isEqualTo(400);
        assertThat(unknownOperator.body().path("errors").get(0).path("field").asText()).isEqualTo("operator");
        assertThat(unknownOperator.body().path("errors").get(0).path("message").asText()).contains("OWN", "CONTRACTED");
        assertThat(storedEvents(m)).isEqualTo(1);
    }

    @Test
    void headcountIsReportedForKnownUnitsOnly() {
        String m = newMunicipality();
        post("/api/municipalities/" + m + "/units", """
                {"unitId": "ifo", "name": "IFO", "department": "Socialtjänsten", "operator": "OWN", "headcount": 10}""");

        Response reported = put("/api/municipalities/" + m + "/units/ifo/headcount", """
                {"headcount": 12, "asOf": "2023-04-30"}""");
        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.body().path("version").asLong()).isEqualTo(2);

        Response unknown = put("/api/municipalities/" + m + "/units/nope/headcount", """
                {"headcount": 12, "asOf": "2023-04-30"}""");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("errors").findValuesAsText("field")).containsExactly("unitId");
    }
}

@OnH2
class OrganisationApiOnH2Test extends OrganisationApiSpec {
}

@OnPostgres
class OrganisationApiOnPostgresTest extends OrganisationApiSpec {
}
