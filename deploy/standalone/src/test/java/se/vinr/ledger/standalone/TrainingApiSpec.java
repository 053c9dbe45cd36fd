package se.vinr.ledger.standalone;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The course catalogue and training completions through the write API. */
abstract class TrainingApiSpec extends ApiTest {

    static final String COURSE = """
            {"courseCode": "nck-webbkurs", "title": "Webbaserad introduktionskurs",
             "provider": "Nationellt Centrum för Kvinnofrid (NCK)", "stimulusPerCertificateSek": 500}""";

    static String completion(String personRef, String completedOn) {
        return """
                {"unitId": "hemtjanst", "courseCode": "nck-webbkurs", "completedOn": "%s", "personRef": "%s"}"""
                .formatted(completedOn, personRef);
    }

    String municipality(String m) {
        return "/api/municipalities/" + m;
    }

    /** A municipality with the unit hemtjanst and the NCK web course. */
    String catalogue() {
        String m = newMunicipality();
        newUnit(m, "hemtjanst");
        assertThat(post(municipality(m) + "/courses", COURSE).status()).isEqualTo(201);
        return m;
    }

    @Test
    void definingACourseAnswersCreatedWithItsLocationAndACodeIsUsedOnce() {
        String m = newMunicipality();

        Response created = post(municipality(m) + "/courses", COURSE);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasPath(municipality(m) + "/courses/nck-webbkurs");
        assertThat(created.body().path("id").asText()).isEqualTo("nck-webbkurs");
        assertThat(created.body().path("version").asLong()).isZero();

        Response again = post(municipality(m) + "/courses", COURSE);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");
        assertThat(storedEvents(m)).isEqualTo(2);
    }

    @Test
    void aCourseOfAnUnknownMunicipalityIsNotFound() {
        Response response = post(municipality("atlantis") + "/courses", COURSE);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().path("detail").asText()).contains("atlantis");
    }

    @Test
    void aPersonIsCountedOncePerCourse() {
        String m = catalogue();

        Response first = post(municipality(m) + "/training-completions", completion("hsf-0042", "2023-03-14"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("id").asText()).isEqualTo("nck-webbkurs");
        assertThat(first.body().path("version").asLong()).isEqualTo(1);

        Response again = post(municipality(m) + "/training-completions", completion("hsf-0042", "2023-04-01"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");
        assertThat(storedEvents(m)).isEqualTo(4);
    }

    @Test
    void aCompletionIsNeverInTheFuture() {
        String m = catalogue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));

        Response tomorrow = post(municipality(m) + "/training-completions",
                completion("hsf-0042", today.plusDays(1).toString()));
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.contentType()).isEqualTo("application/problem+json");
        assertThat(tomorrow.body().path("errors").findValuesAsText("field")).containsExactly("completedOn");
        assertThat(storedEvents(m)).isEqualTo(3);

        Response todayResponse = post(municipality(m) + "/training-completions",
                completion("hsf-0042", today.toString()));
        assertThat(todayResponse.status()).isEqualTo(200);
    }

    @Test
    void completionsOfUnknownCoursesAndUnitsAreNotFound() {
        String m = catalogue();

        Response unknownCourse = post(municipality(m) + "/training-completions",
                completion("hsf-0042", "2023-03-14").replace("nck-webbkurs", "okand-kurs"));
        assertThat(unknownCourse.status()).isEqualTo(404);
        assertThat(unknownCourse.body().path("errors").findValuesAsText("field")).containsExactly("courseCode");

        Response unknownUnit = post(municipality(m) + "/training-completions",
                completion("hsf-0042", "2023-03-14").replace("hemtjanst", "oof"));
        assertThat(unknownUnit.status()).isEqualTo(404);
        assertThat(unknownUnit.body().path("errors").findValuesAsText("field")).containsExactly("unitId");
        assertThat(storedEvents(m)).isEqualTo(3);
    }

    @Test
    void aCountedBatchIsRecordedAndNeverMixedWithAPerson() {
        String m = catalogue();

        Response batch = post(municipality(m) + "/training-completions", """
                {"courseCode": "nck-webbkurs", "completedOn": "2023-04-30", "count": 100}""");
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.body().path("version").asLong()).isEqualTo(1);

        Response both = post(municipality(m) + "/training-completions", """
                {"unitId": "hemtjanst", "courseCode": "nck-webbkurs", "completedOn": "2023-04-30",
                 "personRef": "hsf-0042", "count": 1}""");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().path("errors").findValuesAsText("field")).containsExactly("count");
        assertThat(storedEvents(m)).isEqualTo(4);
    }

    @Test
    void aPersonalIdentityNumberIsNeverStoredAsPersonRef() {
        String m = catalogue();

        Response response = post(municipality(m) + "/training-completions", completion("198504121234", "2023-03-14"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("personRef");
        assertThat(storedEvents(m)).isEqualTo(3);
    }
}

@OnH2
class TrainingApiOnH2Test extends TrainingApiSpec {
}

@OnPostgres
class TrainingApiOnPostgresTest extends TrainingApiSpec {
}
