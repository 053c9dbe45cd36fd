package se.vinr.ledger.standalone;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** Key persons and reported totals through the write API: status codes, problems, and that refusals store nothing. */
abstract class KeyPersonApiSpec extends ApiTest {

    static final String KEY_PERSON = """
            {"keyPersonId": "kp-1", "unitId": "hemtjanst", "personRef": "hsf-0042", "role": "KEY_PERSON",
             "since": "2023-01-16"}""";

    String keyPersons(String m) {
        return "/api/municipalities/" + m + "/key-persons";
    }

    /** A municipality with the units hemtjanst and ifo: versions 0-2. */
    String organisation() {
        String m = newMunicipality();
        newUnit(m, "hemtjanst");
        newUnit(m, "ifo");
        return m;
    }

    @Test
    void registeringAKeyPersonAnswersCreatedWithItsLocationAndTheMunicipalitysVersion() {
        String m = organisation();

        Response response = post(keyPersons(m), KEY_PERSON);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().getLocation()).hasPath(keyPersons(m) + "/kp-1");
        assertThat(response.body().path("id").asText()).isEqualTo("kp-1");
        assertThat(response.body().path("version").asLong()).isEqualTo(3);
    }

    @Test
    void aPersonActiveTwiceInOneUnitIsAConflictAndStoresNothing() {
        String m = organisation();
        post(keyPersons(m), KEY_PERSON);

        Response response = post(keyPersons(m), KEY_PERSON.replace("kp-1", "kp-2"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("detail").asText()).contains("hsf-0042", "hemtjanst");
        assertThat(storedEvents(m)).isEqualTo(4);
    }

    @Test
    void aKeyPersonOfAnUnknownUnitIsNotFound() {
        String m = organisation();

        Response response = post(keyPersons(m), KEY_PERSON.replace("\"hemtjanst\"", "\"oof\""));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("unitId");
        assertThat(storedEvents(m)).isEqualTo(3);
    }

    @Test
    void aPersonalIdentityNumberOrANameIsNeverStoredAsPersonRef() {
        String m = organisation();

        for (String personRef : new String[] {"19850412-1234", "850412+1234", "8504721234", "Anna Svensson"}) {
            Response response = post(keyPersons(m), KEY_PERSON.replace("hsf-0042", personRef));

            assertThat(response.status()).as(personRef).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("personRef");
        }
        assertThat(storedEvents(m)).isEqualTo(3);
    }

    @Test
    void aRoleIsOneOfTheRoles() {
        String m = organisation();

        Response response = post(keyPersons(m), KEY_PERSON.replace("KEY_PERSON", "CHAMPION"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("role");
        assertThat(response.body().path("errors").get(0).path("message").asText()).contains("LEAD_KEY_PERSON");
    }

    @Test
    void deregisteringAndMovingAnswerOkWithTheMunicipalitysVersion() {
        String m = organisation();
        post(keyPersons(m), KEY_PERSON);

        Response moved = post(keyPersons(m) + "/kp-1/moves", """
                {"toUnitId": "ifo", "from": "2023-09-01"}""");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().path("id").asText()).isEqualTo("kp-1");
        assertThat(moved.body().path("version").asLong()).isEqualTo(4);

        Response deregistered = post(keyPersons(m) + "/kp-1/deregistration", """
                {"until": "2023-12-31", "reason": "slutat på enheten"}""");
        assertThat(deregistered.status()).isEqualTo(200);
        assertThat(deregistered.body().path("version").asLong()).isEqualTo(5);

        Response again = post(keyPersons(m) + "/kp-1/deregistration", """
                {"until": "2024-01-31"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(storedEvents(m)).isEqualTo(6);
    }

    @Test
    void theLastDayIsNotBeforeTheFirst() {
        String m = organisation();
        post(keyPersons(m), KEY_PERSON);

        Response response = post(keyPersons(m) + "/kp-1/deregistration", """
                {"until": "2022-12-31"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("until");
        assertThat(storedEvents(m)).isEqualTo(4);
    }

    @Test
    void unknownKeyPersonsAndUnitsAreNotFound() {
        String m = organisation();
        post(keyPersons(m), KEY_PERSON);

        Response unknownPerson = post(keyPersons(m) + "/kp-9/deregistration", """
                {"until": "2023-12-31"}""");
        assertThat(unknownPerson.status()).isEqualTo(404);
        assertThat(unknownPerson.body().path("errors").findValuesAsText("field")).containsExactly("keyPersonId");

        Response unknownUnit = post(keyPersons(m) + "/kp-1/moves", """
                {"toUnitId": "oof", "from": "2023-09-01"}""");
        assertThat(unknownUnit.status()).isEqualTo(404);
        assertThat(unknownUnit.body().path("errors").findValuesAsText("field")).containsExactly("toUnitId");
        assertThat(storedEvents(m)).isEqualTo(4);
    }

    @Test
    void aReportedTotalNeedsItsSource() {
        String m = organisation();

        Response withoutSource = post("/api/municipalities/" + m + "/key-person-totals", """
                {"count": 100, "asOf": "2023-05-15"}""");
        assertThat(withoutSource.status()).isEqualTo(400);
        assertThat(withoutSource.body().path("errors").findValuesAsText("field")).containsExactly("source");

        Response reported = post("/api/municipalities/" + m + "/key-person-totals", """
                {"count": 100, "asOf": "2023-05-15",
                 "source": {"document": "gotland-delrapport-2023-05-15.txt",
                            "passage": "Over 100 nyckelpersoner ir inrapporterade"}}""");
        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.body().path("id").asText()).isEqualTo(m);
        assertThat(reported.body().path("version").asLong()).isEqualTo(3);

        Response negative = post("/api/municipalities/" + m + "/key-person-totals", """
                {"count": -1, "asOf": "2023-05-15", "source": {"document": "rapport.txt"}}""");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().path("errors").findValuesAsText("field")).containsExactly("count");
        assertThat(storedEvents(m)).isEqualTo(4);
    }
}

@OnH2
class KeyPersonApiOnH2Test extends KeyPersonApiSpec {
}

@OnPostgres
class KeyPersonApiOnPostgresTest extends KeyPersonApiSpec {
}
