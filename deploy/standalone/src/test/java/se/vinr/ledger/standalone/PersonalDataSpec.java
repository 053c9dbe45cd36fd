package se.vinr.ledger.standalone;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** Contact details of a key person: kept sealed outside the events, and erased for good on request. */
abstract class PersonalDataSpec extends ApiTest {

    private static final String CONTACT = """
            {"name": "Kim Lindqvist", "email": "kim.lindqvist@example.se", "phone": "0498-26 90 00"}""";

    private String keyPerson(String m) {
        newUnit(m, "ifo");
        assertThat(post("/api/municipalities/" + m + "/key-persons", """
                {"keyPersonId": "kp-1", "unitId": "ifo", "personRef": "hsf-0042", "role": "KEY_PERSON",
                 "since": "2023-01-16"}""").status()).isEqualTo(201);
        return "/api/municipalities/" + m + "/people/hsf-0042";
    }

    @Test
    void contactDetailsAreKeptSealedAndNeverInAnEvent() {
        String m = newMunicipality();
        String person = keyPerson(m);
        long events = storedEvents(m);

        assertThat(put(person + "/contact", CONTACT).status()).isEqualTo(200);

        Response read = get(person + "/contact");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("name").asText()).isEqualTo("Kim Lindqvist");
        assertThat(read.body().path("email").asText()).isEqualTo("kim.lindqvist@example.se");
        assertThat(storedEvents(m)).isEqualTo(events);
        String sealed = jdbc.sql("SELECT sealed FROM person_contact WHERE municipality_id = ?").param(m)
                .query(String.class).single();
        assertThat(sealed).doesNotContain("Kim").doesNotContain("Lindqvist").doesNotContain("example");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM DomainEventEntry WHERE payload IS NOT NULL").query(Long.class)
                .single()).isPositive();
    }

    @Test
    void anErasureMakesTheDetailsUnreadableForGoodAndLeavesTheKeyPersonCounted() {
        String m = newMunicipality();
        String person = keyPerson(m);
        assertThat(put(person + "/contact", CONTACT).status()).isEqualTo(200);

        Response erased = post(person + "/erasure", null);

        assertThat(erased.status()).isEqualTo(200);
        Response gone = get(person + "/contact");
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.contentType()).isEqualTo("application/problem+json");
        assertThat(gone.body().path("type").asText()).isEqualTo("urn:vinr:problem:erased");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_key WHERE municipality_id = ?").param(m).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT sealed FROM person_contact WHERE municipality_id = ?").param(m)
                .query(String.class).optional()).isEmpty();
        // the key person is still registered (a second registration of the same person in the unit conflicts)
        assertThat(post("/api/municipalities/" + m + "/key-persons", """
                {"keyPersonId": "kp-2", "unitId": "ifo", "personRef": "hsf-0042", "role": "KEY_PERSON",
                 "since": "2024-01-01"}""").status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?")
                .params(m, "%PersonalDataErased").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void detailsNeverKeptAreNotFoundAndOnlyPseudonymsAndKnownMunicipalitiesAreAccepted() {
        String m = newMunicipality();

        assertThat(get("/api/municipalities/" + m + "/people/hsf-9999/contact").status()).isEqualTo(404);
        Response notAPseudonym = put("/api/municipalities/" + m + "/people/198503121234/contact", CONTACT);
        assertThat(notAPseudonym.status()).isEqualTo(400);
        assertThat(notAPseudonym.body().path("errors").findValuesAsText("field")).containsExactly("personRef");
        assertThat(put("/api/municipalities/no-such-place/people/hsf-0042/contact", CONTACT).status())
                .isEqualTo(404);
        assertThat(put("/api/municipalities/" + m + "/people/hsf-0042/contact", """
                {"email": "not an address"}""").status()).isEqualTo(400);
    }
}

@OnH2
class PersonalDataOnH2Test extends PersonalDataSpec {
}

@OnPostgres
class PersonalDataOnPostgresTest extends PersonalDataSpec {
}
