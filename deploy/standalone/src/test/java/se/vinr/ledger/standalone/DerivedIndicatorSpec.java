package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicators whose values the ledger computes from its own tracking events, end to end: training coverage from
 * completions and headcount, and the share of units with a key person, judged by the status formula.
 */
abstract class DerivedIndicatorSpec extends ApiTest {

    private static final String REVISION = """
            {"date": "2022-12-01", "goals": [{"code": "1", "title": "Kunskap och nyckelpersoner", "indicators": [
              {"code": "1.a", "name": "Andel personal med webbkursen", "unit": "%",
               "baseline": {"value": 0, "date": "2023-01-01"}, "target": {"value": 80, "date": "2023-12-31"},
               "direction": "INCREASE", "source": {"kind": "TRAINING_COVERAGE", "courseCode": "nck-webbkurs"}},
              {"code": "1.b", "name": "Andel enheter med nyckelperson", "unit": "%",
               "baseline": {"value": 0, "date": "2023-01-01"}, "target": {"value": 50, "date": "2023-12-31"},
               "direction": "INCREASE", "source": {"kind": "KEY_PERSON_UNIT_COVERAGE"}}]}]}""";

    private void ok(Response response) {
        assertThat(response.status()).as(response.raw()).isIn(200, 201);
    }

    @Test
    void trainingCoverageAndKeyPersonCoverageAreComputedAndJudged() {
        String m = newMunicipality();
        String base = "/api/municipalities/" + m;
        newUnit(m, "ifo");
        newUnit(m, "hemtjanst");
        ok(post(base + "/courses", """
                {"courseCode": "nck-webbkurs", "title": "Webbkurs om våld", "stimulusPerCertificateSek": 500}"""));
        ok(post(base + "/training-completions", """
                {"unitId": "ifo", "courseCode": "nck-webbkurs", "completedOn": "2023-03-01", "count": 5}"""));
        ok(post(base + "/training-completions", """
                {"unitId": "hemtjanst", "courseCode": "nck-webbkurs", "completedOn": "2023-06-01", "count": 10}"""));
        ok(post(base + "/key-persons", """
                {"keyPersonId": "kp-1", "unitId": "ifo", "personRef": "hsf-0001", "role": "KEY_PERSON",
                 "since": "2023-02-01"}"""));
        ok(post(base + "/plans", """
                {"planId": "vinr-2023", "title": "Plan 2023", "periodStart": "2023-01-01", "periodEnd": "2023-12-31",
                 "responsibleBody": "Socialnämnden", "draftedOn": "2022-11-01"}"""));
        ok(post(base + "/plans/vinr-2023/revisions", REVISION));
        ok(post(base + "/plans/vinr-2023/decisions", """
                {"kind": "ADOPTED", "decidingBody": "Socialnämnden", "decisionDate": "2022-12-15"}"""));

        // two units of 10 staff (ApiTest.newUnit): 15 of 20 trained by June, one unit of two with a key person
        eventually(() -> assertThat(coverage(m, "2023-06-30").path("value").decimalValue())
                .isEqualByComparingTo("75"));
        JsonNode training = coverage(m, "2023-06-30");
        assertThat(training.path("valueDate").asText()).isEqualTo("2023-06-30");
        assertThat(training.path("status").asText()).as("75 of 80 % by midyear").isEqualTo("ON_TRACK");
        assertThat(training.path("series").findValuesAsText("value")).startsWith("0.0", "0.0", "25.0");

        JsonNode march = coverage(m, "2023-03-31");
        assertThat(march.path("value").decimalValue()).isEqualByComparingTo("25");
        assertThat(march.path("status").asText()).as("25 % after a quarter: ahead of the line").isEqualTo("ON_TRACK");

        JsonNode units = indicator(m, "2023-06-30", "1.b");
        assertThat(units.path("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(units.path("status").asText()).isEqualTo("ACHIEVED");
        assertThat(indicator(m, "2023-01-15", "1.b").path("value").decimalValue()).isEqualByComparingTo("0");
    }

    private JsonNode coverage(String m, String asOf) {
        return indicator(m, asOf, "1.a");
    }

    private JsonNode indicator(String m, String asOf, String code) {
        Response view = get("/api/municipalities/" + m + "/indicators?asOf=" + asOf);
        assertThat(view.status()).as(view.raw()).isEqualTo(200);
        java.util.Optional<JsonNode> indicator = view.body().path("plans").findParents("code").stream()
                .filter(node -> node.path("code").asText().equals(code) && node.has("series")).findFirst();
        assertThat(indicator).as(view.raw()).isPresent();
        return indicator.get();
    }
}

@OnH2
class DerivedIndicatorOnH2Test extends DerivedIndicatorSpec {
}

@OnPostgres
class DerivedIndicatorOnPostgresTest extends DerivedIndicatorSpec {
}
