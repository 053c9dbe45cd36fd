package se.vinr.ledger.standalone;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Meeting series and meetings held through the write API. */
abstract class MeetingApiSpec extends ApiTest {

    static final String SERIES = """
            {"seriesId": "nyckelpersonstraffar", "name": "Nyckelpersonsträffar", "requiredPerYear": 2}""";

    static String meeting(String date, int participants) {
        return """
                {"seriesId": "nyckelpersonstraffar", "date": "%s", "participants": %d,
                 "theme": "uppstart av strukturen"}""".formatted(date, participants);
    }

    String municipality(String m) {
        return "/api/municipalities/" + m;
    }

    @Test
    void definingASeriesAnswersCreatedWithItsLocationAndAnIdIsUsedOnce() {
        String m = newMunicipality();

        Response created = post(municipality(m) + "/meeting-series", SERIES);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasPath(municipality(m) + "/meeting-series/nyckelpersonstraffar");
        assertThat(created.body().path("id").asText()).isEqualTo("nyckelpersonstraffar");
        assertThat(created.body().path("version").asLong()).isZero();

        Response again = post(municipality(m) + "/meeting-series", SERIES);
        assertThat(again.status()).isEqualTo(409);
        assertThat(storedEvents(m)).isEqualTo(2);
    }

    @Test
    void aSeriesMeetsAtLeastOnceAYear() {
        String m = newMunicipality();

        Response response = post(municipality(m) + "/meeting-series", SERIES.replace("2}", "0}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("requiredPerYear");
        assertThat(storedEvents(m)).isEqualTo(1);
    }

    @Test
    void meetingsHeldAreRecordedOnceADay() {
        String m = newMunicipality();
        post(municipality(m) + "/meeting-series", SERIES);

        Response held = post(municipality(m) + "/meetings", meeting("2023-05-11", 80));
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body().path("id").asText()).isEqualTo("nyckelpersonstraffar");
        assertThat(held.body().path("version").asLong()).isEqualTo(1);

        Response twice = post(municipality(m) + "/meetings", meeting("2023-05-11", 79));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).isEqualTo("application/problem+json");
        assertThat(storedEvents(m)).isEqualTo(3);
    }

    @Test
    void aMeetingOfAnUnknownSeriesIsNotFound() {
        String m = newMunicipality();

        Response response = post(municipality(m) + "/meetings", meeting("2023-05-11", 80));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("detail").asText()).contains("meeting series nyckelpersonstraffar");
        assertThat(storedEvents(m)).isEqualTo(1);
    }

    @Test
    void participantsAreNotNegativeAndAMeetingHeldIsNotInTheFuture() {
        String m = newMunicipality();
        post(municipality(m) + "/meeting-series", SERIES);

        Response negative = post(municipality(m) + "/meetings", meeting("2023-05-11", -1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().path("errors").findValuesAsText("field")).containsExactly("participants");

        String tomorrow = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1).toString();
        Response future = post(municipality(m) + "/meetings", meeting(tomorrow, 10));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().path("errors").findValuesAsText("field")).containsExactly("date");
        assertThat(storedEvents(m)).isEqualTo(2);
    }
}

@OnH2
class MeetingApiOnH2Test extends MeetingApiSpec {
}

@OnPostgres
class MeetingApiOnPostgresTest extends MeetingApiSpec {
}
