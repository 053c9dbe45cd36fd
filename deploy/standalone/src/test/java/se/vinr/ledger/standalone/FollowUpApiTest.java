package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import se.vinr.ledger.standalone.support.ApiTest;

import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipality's plan for 2023, written through the command API, for the follow-up views: goal 1 with a web
 * course for all staff due 2023-06-30 (1:1) and a website review every May (1:2); goal 2 with the follow-up of the
 * cooperation agreement with the police due 2023-09-30 (2:1) and an internal collaboration group every quarter
 * (2:2). Indicators: the share of staff through the web course, 10 % up to 90 % over the year (1.a, MANUAL); a
 * written routine (1.b, COMPLIANCE); days of waiting for support, 30 down to 10 by midsummer (1.c, MANUAL,
 * DECREASE); the completion of goal 2's activities (2.a) and of the plan's (2.c), 0 to 100 % over the year
 * (ACTIVITY_COMPLETION); participants at key-person meetings, without a target (2.b, MANUAL).
 */
abstract class FollowUpApiTest extends ApiTest {

    static final String PLAN_ID = "vinr-2023";

    static final String REVISION = """
            {"date": "2022-12-01", "preparedBy": "Socialförvaltningen",
             "goals": [{"code": "1", "title": "Kunskap om våld",
                        "activities": [
                          {"code": "1:1", "description": "All personal genomgår webbkursen om våld",
                           "responsibleBodies": ["Chefer med personalansvar"],
                           "timing": {"text": "Senast 30 juni 2023", "dueDate": "2023-06-30"}},
                          {"code": "1:2", "description": "Informationen på webbplatsen ses över",
                           "timing": {"text": "Årligen i maj", "recurrence": {"frequency": "YEARLY", "month": 5}}}],
                        "indicators": [
                          {"code": "1.a", "name": "Andel personal som genomgått webbkursen", "unit": "%",
                           "baseline": {"value": 10, "date": "2023-01-01"},
                           "target": {"value": 90, "date": "2023-12-31"}, "direction": "INCREASE"},
                          {"code": "1.b", "name": "Skriftlig rutin beslutad på ledningsnivå",
                           "source": {"kind": "COMPLIANCE"}},
                          {"code": "1.c", "name": "Väntetid till stödsamtal", "unit": "dagar",
                           "baseline": {"value": 30, "date": "2023-01-01"},
                           "target": {"value": 10, "date": "2023-06-30"}, "direction": "DECREASE",
                           "source": {"kind": "MANUAL"}}]},
                       {"code": "2", "title": "Samverkan",
                        "activities": [
                          {"code": "2:1", "description": "Samverkansavtalet med polisen följs upp",
                           "timing": {"text": "Under hösten 2023", "dueDate": "2023-09-30"}},
                          {"code": "2:2", "description": "Intern samverkansgrupp träffas",
                           "timing": {"text": "Varje kvartal", "recurrence": {"frequency": "QUARTERLY"}}}],
                        "indicators": [
                          {"code": "2.a", "name": "Genomförda aktiviteter inom samverkan", "unit": "%",
                           "baseline": {"value": 0, "date": "2023-01-01"},
                           "target": {"value": 100, "date": "2023-12-31"}, "direction": "INCREASE",
                           "source": {"kind": "ACTIVITY_COMPLETION", "goalCode": "2"}},
                          {"code": "2.b", "name": "Deltagare på nyckelpersonsträffar", "unit": "antal"},
                          {"code": "2.c", "name": "Genomförda aktiviteter i planen", "unit": "%",
                           "baseline": {"value": 0, "date": "2023-01-01"},
                           "target": {"value": 100, "date": "2023-12-31"}, "direction": "INCREASE",
                           "source": {"kind": "ACTIVITY_COMPLETION"}}]}]}""";

    /** The aggregate version after this test's latest write. */
    private long version;

    String municipality(String m) {
        return "/api/municipalities/" + m;
    }

    String plan(String m) {
        return municipality(m) + "/plans/" + PLAN_ID;
    }

    /** A new municipality with the plan drafted 2022-11-01, its revision 1 proposed 2022-12-01, adopted 2022-12-15. */
    String adoptedPlan() {
        String m = newMunicipality();
        write(municipality(m) + "/plans", """
                {"planId": "%s", "title": "Plan mot våld i nära relationer 2023",
                 "periodStart": "2023-01-01", "periodEnd": "2023-12-31", "responsibleBody": "Socialnämnden",
                 "draftedOn": "2022-11-01"}""".formatted(PLAN_ID));
        write(plan(m) + "/revisions", REVISION);
        write(plan(m) + "/decisions", """
                {"kind": "ADOPTED", "decidingBody": "Socialnämnden", "decisionDate": "2022-12-15",
                 "paragraph": "§ 112"}""");
        caughtUp(m);
        return m;
    }

    void status(String m, String code, String occurrence, String status, String asOf) {
        write(plan(m) + "/activities/" + code + "/status", """
                {"status": "%s", "asOf": "%s", "occurrence": %s, "note": "%s"}"""
                .formatted(status, asOf, occurrence == null ? "null" : "\"" + occurrence + "\"",
                        status.toLowerCase() + " " + asOf));
    }

    void value(String m, String code, String value, String asOf) {
        write(plan(m) + "/indicators/" + code + "/values", """
                {"value": %s, "asOf": "%s", "source": {"document": "uppfoljning-2023.txt", "passage": "%s"}}"""
                .formatted(value, asOf, code + ": " + value));
    }

    void answer(String m, String code, String answer, String asOf) {
        write(plan(m) + "/indicators/" + code + "/values", """
                {"value": "%s", "evidence": "Ledningsgruppens protokoll %s", "asOf": "%s"}"""
                .formatted(answer, asOf, asOf));
    }

    void report(String m, String kind, String date) {
        write(plan(m) + "/follow-up-reports", """
                {"kind": "%s", "date": "%s", "assessments": [{"goalCode": "1", "text": "Webbkursen pågår"},
                                                          {"text": "Arbetet följer planen"}]}"""
                .formatted(kind, date));
    }

    Response write(String path, String json) {
        Response response = post(path, json);
        assertThat(response.status()).as(response.raw()).isIn(200, 201);
        version = response.body().path("version").asLong();
        return response;
    }

    /** Waits until the read side has taken in the municipality and every write of this test so far. */
    void caughtUp(String m) {
        eventually(() -> {
            assertThat(get(municipality(m) + "/plans").status()).isEqualTo(200);
            assertThat(get(plan(m) + "/history").body().path("version").asLong()).isEqualTo(version);
        });
    }

    JsonNode read(String path) {
        Response response = get(path);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    /** The indicator with this code in the plans of an indicator view, or in one plan (a report's figures). */
    static JsonNode indicator(JsonNode plans, String code) {
        return (plans.isArray() ? elements(plans) : Stream.of(plans)).flatMap(plan -> elements(plan.path("goals")))
                .flatMap(goal -> elements(goal.path("indicators")))
                .filter(indicator -> indicator.path("code").asText().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no indicator " + code + " in " + plans));
    }

    static JsonNode activity(JsonNode activities, String code) {
        return elements(activities.path("activities"))
                .filter(activity -> activity.path("code").asText().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no activity " + code + " in " + activities));
    }

    static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** The field of each element of an array (findValuesAsText would also find it in nested objects). */
    static List<String> each(JsonNode array, String field) {
        return elements(array).map(element -> element.path(field).asText()).toList();
    }
}
