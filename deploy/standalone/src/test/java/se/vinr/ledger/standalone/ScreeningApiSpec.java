package se.vinr.ledger.standalone;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** Screenings per unit, instrument and period through the write API. */
abstract class ScreeningApiSpec extends ApiTest {

    static final String SCREENINGS = """
            {"unitId": "mottagning", "instrument": "FREDA_KORTFRAGOR", "periodStart": "2018-01-01",
             "periodEnd": "2018-06-30", "count": 37}""";

    String screenings(String m) {
        return "/api/municipalities/" + m + "/screenings";
    }

    @Test
    void recordsScreeningsOfAUnitAndAnswersWithTheMunicipalitysVersion() {
        String m = newMunicipality();
        newUnit(m, "mottagning");

        Response response = post(screenings(m), SCREENINGS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("id").asText()).isEqualTo("mottagning");
        assertThat(response.body().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void screeningsOfAnUnknownUnitAreNotFound() {
        String m = newMunicipality();

        Response response = post(screenings(m), SCREENINGS);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("unitId");
        assertThat(storedEvents(m)).isEqualTo(1);
    }

    @Test
    void aPeriodEndsAfterItStartsAndCountsAreNotNegative() {
        String m = newMunicipality();
        newUnit(m, "mottagning");

        Response backwards = post(screenings(m), SCREENINGS.replace("2018-06-30", "2017-12-31"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().path("errors").findValuesAsText("field")).containsExactly("periodEnd");

        Response negative = post(screenings(m), SCREENINGS.replace("37", "-1"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().path("errors").findValuesAsText("field")).containsExactly("count");
        assertThat(storedEvents(m)).isEqualTo(2);
    }

    @Test
    void anUnknownInstrumentNamesTheKnownOnes() {
        String m = newMunicipality();
        newUnit(m, "mottagning");

        Response response = post(screenings(m), SCREENINGS.replace("FREDA_KORTFRAGOR", "FREDA"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("instrument");
        assertThat(response.body().path("errors").get(0).path("message").asText())
                .contains("FREDA_KORTFRAGOR", "FREDA_FARLIGHET", "PATRIARK");
    }
}

@OnH2
class ScreeningApiOnH2Test extends ScreeningApiSpec {
}

@OnPostgres
class ScreeningApiOnPostgresTest extends ScreeningApiSpec {
}
