package se.vinr.ledger.standalone;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following an adopted plan up through the write API: activity statuses (per occurrence where it recurs), indicator
 * values by the indicator's kind, follow-up reports; and indicator definitions in a revision.
 */
abstract class PlanFollowUpApiSpec extends ApiTest {

    static final String REVISION = """
            {"date": "2018-03-01", "preparedBy": "Social- och arbetsmarknadsförvaltningen",
             "goals": [{"code": "1", "title": "Information och kunskap",
                        "activities": [
                          {"code": "1:1", "description": "Informationen på webbplatsen ses över",
                           "timing": {"text": "Årligen i maj", "recurrence": {"frequency": "YEARLY", "month": 5}}},
                          {"code": "1:2", "description": "FREDA-kortfrågor införs på varje enhet",
                           "timing": {"text": "Våren 2018", "dueDate": "2018-06-30"}}],
                        "indicators": [
                          {"code": "1.a", "name": "Antal screeningsamtal med FREDA", "unit": "antal",
                           "baseline": {"value": 0, "date": "2018-01-01"},
                           "target": {"value": 200, "date": "2020-12-31"}, "direction": "INCREASE",
                           "source": {"kind": "MANUAL"}},
                          {"code": "1.b", "name": "Skriftlig rutin beslutad på ledningsnivå",
                           "source": {"kind": "COMPLIANCE", "department": "Myndighetsavdelningen"}},
                          {"code": "1.c", "name": "Andel personal med introduktionskurs", "unit": "%",
                           "source": {"kind": "TRAINING_COVERAGE", "courseCode": "introduktionskurs"}}]},
                       {"code": "2", "title": "Samverkan", "activities": [
                          {"code": "2:1", "description": "Intern samverkansgrupp",
                           "timing": {"text": "Minst sex ggr/år"}}]}]}""";

    String plan(String m) {
        return "/api/municipalities/" + m + "/plans/handlingsplan-2018-2020";
    }

    /** Sundbyberg's plan 2018-2020, revision 1 adopted: the plan is at version 2. */
    String adoptedPlan() {
        String m = newMunicipality();
        assertThat(post("/api/municipalities/" + m + "/plans", """
                {"planId": "handlingsplan-2018-2020", "title": "Handlingsplan mot våld i nära relationer",
                 "periodStart": "2018-01-01", "periodEnd": "2020-12-31",
                 "responsibleBody": "Social- och arbetsmarknadsnämnden", "draftedOn": "2018-01-15"}""").status())
                .isEqualTo(201);
        assertThat(post(plan(m) + "/revisions", REVISION).status()).isEqualTo(200);
        assertThat(post(plan(m) + "/decisions", """
                {"kind": "ADOPTED", "decidingBody": "Social- och arbetsmarknadsnämnden",
                 "decisionDate": "2018-03-20"}""").status()).isEqualTo(200);
        return m;
    }

    @Test
    void theStatusOfAnActivityIsReportedWithThePlansVersion() {
        String m = adoptedPlan();

        Response response = post(plan(m) + "/activities/1:2/status", """
                {"status": "DONE", "asOf": "2018-06-30", "note": "Alla enheter har infört kortfrågorna"}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("id").asText()).isEqualTo("handlingsplan-2018-2020");
        assertThat(response.body().path("version").asLong()).isEqualTo(3);
    }

    @Test
    void anActivityNotInTheRevisionInForceIsNotFound() {
        String m = adoptedPlan();

        Response response = post(plan(m) + "/activities/9:9/status", """
                {"status": "DONE", "asOf": "2018-06-30"}""");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("code");
        assertThat(storedEvents(m)).isEqualTo(4);
    }

    @Test
    void eachOccurrenceOfARecurringActivityIsReportedByItsDueDate() {
        String m = adoptedPlan();

        Response withoutOccurrence = post(plan(m) + "/activities/1:1/status", """
                {"status": "DONE", "asOf": "2019-06-03"}""");
        assertThat(withoutOccurrence.status()).isEqualTo(400);
        assertThat(withoutOccurrence.body().path("errors").findValuesAsText("field")).containsExactly("occurrence");

        Response may2019 = post(plan(m) + "/activities/1:1/status", """
                {"status": "DONE", "asOf": "2019-06-03", "occurrence": "2019-05-31"}""");
        assertThat(may2019.status()).isEqualTo(200);

        Response notADueDate = post(plan(m) + "/activities/1:1/status", """
                {"status": "DONE", "asOf": "2019-06-03", "occurrence": "2019-05-15"}""");
        assertThat(notADueDate.status()).isEqualTo(400);
        assertThat(notADueDate.body().path("detail").asText()).contains("2019-05-31");

        Response notRecurring = post(plan(m) + "/activities/1:2/status", """
                {"status": "DONE", "asOf": "2018-06-30", "occurrence": "2018-06-30"}""");
        assertThat(notRecurring.status()).isEqualTo(400);
        assertThat(notRecurring.body().path("errors").findValuesAsText("field")).containsExactly("occurrence");
        assertThat(storedEvents(m)).isEqualTo(5);
    }

    @Test
    void aManualIndicatorTakesANumberAndAComplianceIndicatorAnAnswerWithEvidence() {
        String m = adoptedPlan();

        Response number = post(plan(m) + "/indicators/1.a/values", """
                {"value": 37.5, "asOf": "2018-06-30",
                 "source": {"document": "sundbyberg-uppfoljning-2018.txt", "passage": "37 samtal"}}""");
        assertThat(number.status()).isEqualTo(200);
        assertThat(number.body().path("version").asLong()).isEqualTo(3);

        Response answer = post(plan(m) + "/indicators/1.b/values", """
                {"value": "PARTLY", "evidence": "Rutinen beslutad av ledningsgruppen 2018-09-01",
                 "asOf": "2018-09-30"}""");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("version").asLong()).isEqualTo(4);

        Response answerForANumber = post(plan(m) + "/indicators/1.a/values", """
                {"value": "YES", "evidence": "x", "asOf": "2018-06-30"}""");
        assertThat(answerForANumber.status()).isEqualTo(400);
        assertThat(answerForANumber.body().path("errors").findValuesAsText("field")).containsExactly("value");

        Response noAnswer = post(plan(m) + "/indicators/1.b/values", """
                {"value": "MAYBE", "asOf": "2018-06-30"}""");
        assertThat(noAnswer.status()).isEqualTo(400);
        assertThat(noAnswer.body().path("errors").findValuesAsText("field")).containsExactly("value");
        assertThat(storedEvents(m)).isEqualTo(6);
    }

    @Test
    void valuesOfADerivedIndicatorAreAConflictAndUnknownIndicatorsAreNotFound() {
        String m = adoptedPlan();

        Response derived = post(plan(m) + "/indicators/1.c/values", """
                {"value": 12, "asOf": "2018-06-30"}""");
        assertThat(derived.status()).isEqualTo(409);
        assertThat(derived.body().path("detail").asText()).contains("TRAINING_COVERAGE");

        Response unknown = post(plan(m) + "/indicators/9.z/values", """
                {"value": 12, "asOf": "2018-06-30"}""");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("errors").findValuesAsText("field")).containsExactly("code");
        assertThat(storedEvents(m)).isEqualTo(4);
    }

    @Test
    void aValueIsNeverAsOfAFutureDate() {
        String m = adoptedPlan();
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1).toString();

        Response response = post(plan(m) + "/indicators/1.a/values", """
                {"value": 12, "asOf": "%s"}""".formatted(tomorrow));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("asOf");
        assertThat(storedEvents(m)).isEqualTo(4);
    }

    @Test
    void aFollowUpReportAssessesGoalsOfTheRevisionInForce() {
        String m = adoptedPlan();

        Response submitted = post(plan(m) + "/follow-up-reports", """
                {"kind": "ANNUAL", "date": "2019-02-15",
                 "assessments": [{"goalCode": "1", "text": "Kortfrågorna används på alla enheter"},
                                 {"text": "Arbetet följer planen"}]}""");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().path("version").asLong()).isEqualTo(3);

        Response unknownGoal = post(plan(m) + "/follow-up-reports", """
                {"kind": "FINAL", "date": "2021-02-15",
                 "assessments": [{"goalCode": "1", "text": "Klart"}, {"goalCode": "7", "text": "Klart"}]}""");
        assertThat(unknownGoal.status()).isEqualTo(404);
        assertThat(unknownGoal.body().path("errors").findValuesAsText("field"))
                .containsExactly("assessments[1].goalCode");
        assertThat(storedEvents(m)).isEqualTo(5);
    }

    @Test
    void anIndicatorDefinitionNamesWhatItsKindNeedsByPath() {
        String m = adoptedPlan();

        Response response = post(plan(m) + "/revisions",
                REVISION.replace("\"courseCode\": \"introduktionskurs\"", "\"department\": \"IFO\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field"))
                .containsExactly("goals[0].indicators[2].source.courseCode");
        assertThat(storedEvents(m)).isEqualTo(4);
    }
}

@OnH2
class PlanFollowUpApiOnH2Test extends PlanFollowUpApiSpec {
}

@OnPostgres
class PlanFollowUpApiOnPostgresTest extends PlanFollowUpApiSpec {
}
