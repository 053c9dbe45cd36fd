package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled data of the three municipalities, loaded at start from an empty store as a first-time user gets
 * it, checked through the HTTP API against the facts an auditor would look up in the documents.
 */
@TestPropertySource(properties = "vinr.test.default-data=true")
abstract class RealDataSpec extends ApiTest {

    static final String GOTEBORG = "/api/municipalities/goteborg/plans/vinr-2021-2024";
    static final String GOTLAND = "/api/municipalities/gotland/plans/vinr-2022-2023";
    static final String SUNDBYBERG = "/api/municipalities/sundbyberg/plans/handlingsplan-2018-2020";

    JsonNode plan(String path) {
        return view(path);
    }

    /** Any view that must answer 200. */
    JsonNode view(String path) {
        Response response = get(path);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    static List<Integer> activitiesPerGoal(JsonNode content) {
        List<Integer> counts = new ArrayList<>();
        content.path("goals").forEach(goal -> counts.add(goal.path("activities").size()));
        return counts;
    }

    @Test
    void theThreeMunicipalitiesAreThere() {
        eventually(() -> assertThat(get("/api/municipalities").body().findValuesAsText("id"))
                .contains("gotland", "goteborg", "sundbyberg"));
    }

    @Test
    void goteborgsPlanReadsLikeItsDocument() {
        eventually(() -> assertThat(plan(GOTEBORG).path("decisions")).hasSize(3));
        JsonNode plan = plan(GOTEBORG);

        assertThat(plan.path("status").asText()).isEqualTo("REFERRED_BACK");
        assertThat(plan.path("responsibleBody").asText()).isEqualTo("Socialnämnden Centrum");
        assertThat(plan.path("caseNumber").asText()).isEqualTo("N164-0224/21");
        JsonNode decisions = plan.path("decisions");
        assertThat(decisions.findValuesAsText("decisionDate")).containsExactly("2020-12-16", "2021-02-23", "2021-08-27");
        assertThat(decisions.get(0).path("paragraph").asText()).isEqualTo("§ 244");
        assertThat(decisions.get(0).path("decidingBody").asText()).isEqualTo("Social resursnämnd");
        assertThat(decisions.get(1).path("kind").asText()).isEqualTo("APPROVED_AND_FORWARDED");
        assertThat(decisions.get(1).path("paragraph").asText()).isEqualTo("§ 52");
        assertThat(decisions.get(2).path("decidingBody").asText()).isEqualTo("Kommunstyrelsen");
        assertThat(decisions.get(2).path("reportBackBy").asText()).isEqualTo("2021-11-30");

        JsonNode remiss = plan.path("consultations").get(0);
        assertThat(remiss.path("sentOn").asText()).isEqualTo("2019-08-26");
        assertThat(remiss.path("responses")).hasSize(13);
        assertThat(remiss.path("responses").findValuesAsText("stance"))
                .filteredOn("SUPPORTS"::equals).hasSize(11);
        assertThat(remiss.path("responses").findParents("stance").stream()
                .filter(r -> r.path("stance").asText().equals("OPPOSES")).map(r -> r.path("body").asText()))
                .containsExactlyInAnyOrder("Göteborgs Stads HBTQ-råd",
                        "Göteborgs Stads råd för funktionshinderfrågor");

        JsonNode revised = plan.path("pendingRevision");
        assertThat(revised.path("revision").asInt()).isEqualTo(2);
        assertThat(activitiesPerGoal(revised.path("content"))).containsExactly(4, 5, 5, 5);
        assertThat(revised.path("content").findValuesAsText("code")).contains("1:1", "2:5", "3:4", "4:5");

        assertThat(plan(GOTEBORG + "?asOf=2021-01-31").path("responsibleBody").asText())
                .isEqualTo("Socialnämnden Centrum");
        assertThat(plan(GOTEBORG + "?asOf=2020-01-01").path("status").asText()).isEqualTo("IN_CONSULTATION");
    }

    @Test
    void goteborgsHistoryTracesEveryStepToItsSource() {
        eventually(() -> assertThat(plan(GOTEBORG + "/history").path("entries")).hasSize(21));
        JsonNode entries = plan(GOTEBORG + "/history").path("entries");

        assertThat(entries.get(0).path("businessDate").asText()).isEqualTo("2018-05-23");
        assertThat(entries.findValuesAsText("type")).contains("PlanResponsibilityTransferred");
        entries.forEach(entry -> {
            assertThat(entry.path("recordedBy").asText()).isEqualTo("importer");
            assertThat(entry.path("source").path("document").asText()).isEqualTo("goteborg-plan-2021-2024-arende.txt");
        });
    }

    @Test
    void gotlandsPlanWasAdoptedBySocialnamndenAndHasSixFocusAreas() {
        eventually(() -> assertThat(plan(GOTLAND).path("decisions")).hasSize(1));
        JsonNode asAdopted = plan(GOTLAND + "?asOf=2023-01-01");

        assertThat(asAdopted.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(asAdopted.path("caseNumber").asText()).isEqualTo("SON 2022/229");
        assertThat(asAdopted.path("decisions").get(0).path("decisionDate").asText()).isEqualTo("2022-09-14");
        assertThat(asAdopted.path("decisions").get(0).path("paragraph").asText()).isEqualTo("§ 1406");
        assertThat(activitiesPerGoal(asAdopted.path("contentInForce").path("content")))
                .containsExactly(2, 2, 3, 2, 5, 1);
        assertThat(plan(GOTLAND).path("status").asText()).as("the period ended 2023-12-31").isEqualTo("EXPIRED");
        JsonNode interim = plan(GOTLAND + "/history").path("entries").findParents("type").stream()
                .filter(entry -> entry.path("type").asText().equals("FollowUpReportSubmitted")).findFirst().orElseThrow();
        assertThat(interim.path("businessDate").asText()).isEqualTo("2023-05-15");
        assertThat(interim.path("details").path("kind").asText()).isEqualTo("INTERIM");
    }

    @Test
    void sundbybergsPlanHasSevenSubGoalsAndItsRecurringActivities() {
        eventually(() -> assertThat(plan(SUNDBYBERG).path("pendingRevision").isObject()).isTrue());
        JsonNode content = plan(SUNDBYBERG).path("pendingRevision").path("content");

        assertThat(activitiesPerGoal(content)).containsExactly(1, 2, 5, 2, 3, 7, 2);
        assertThat(plan(SUNDBYBERG + "/history").path("entries").findValuesAsText("businessDate"))
                .as("an undated plan and revision enter history at the start of the period")
                .containsExactly("2018-01-01", "2018-01-01");
        JsonNode website = content.path("goals").get(0).path("activities").get(0).path("timing");
        assertThat(website.path("recurrence").path("frequency").asText()).isEqualTo("YEARLY");
        assertThat(website.path("recurrence").path("month").asInt()).isEqualTo(5);
        JsonNode introCourse = content.path("goals").get(2).path("activities").get(0).path("timing");
        assertThat(introCourse.path("recurrence").path("frequency").asText()).isEqualTo("TERMLY");
    }

    @Test
    void gotlandsWebCourseCompletionsAndTheStimulusTheyEarn() {
        String coverage = "/api/municipalities/gotland/training-coverage";
        eventually(() -> assertThat(view(coverage + "?asOf=2023-12-31").path("courses")).hasSize(6));
        JsonNode december = view(coverage + "?asOf=2023-12-31");

        assertThat(december.path("courses").findValuesAsText("courseCode")).containsExactly("hrv-socialtjansten",
                "nck-webbkurs", "patriark", "ratt-att-veta", "samtal-om-vald", "webbkurs-heder");
        JsonNode nck = december.at("/courses/1");
        assertThat(nck.path("stimulusPerCertificateSek").decimalValue()).isEqualByComparingTo("500");
        assertThat(nck.path("total").toString()).as("no document gives a headcount: no coverage").isEqualTo("""
                {"completions":1350,"individual":0,"counted":1350,"headcount":null,"coveragePercent":null,\
                "stimulusOwedSek":675000}""");
        assertThat(nck.path("countedWithoutUnit").asLong()).isEqualTo(1350);
        assertThat(nck.path("units")).hasSize(10);
        assertThat(nck.path("units").findValuesAsText("completions")).containsOnly("0");
        assertThat(december.path("stimulusOwedSek").decimalValue()).isEqualByComparingTo("675000");
        assertThat(december.path("notes").get(0).asText()).contains("1350 completions of nck-webbkurs");

        JsonNode april = view(coverage + "?asOf=2023-04-30");
        assertThat(april.at("/courses/1/total/completions").asLong()).as("ca 100 by April 2023").isEqualTo(100);
        assertThat(april.path("stimulusOwedSek").decimalValue()).isEqualByComparingTo("50000");
        assertThat(view(coverage + "?asOf=2023-04-29").at("/courses/1/total/completions").asLong()).isZero();
    }

    @Test
    void gotlandsKeyPersonsAreAReportedTotalWithItsSource() {
        String coverage = "/api/municipalities/gotland/key-persons/coverage";
        eventually(() -> assertThat(view(coverage + "?asOf=2023-06-30").path("reportedTotal").isObject()).isTrue());
        JsonNode june = view(coverage + "?asOf=2023-06-30");

        assertThat(june.path("keyPersons").toString()).isEqualTo("""
                {"basis":"REPORTED","count":100,"date":"2023-05-15"}""");
        assertThat(june.at("/reportedTotal/source/document").asText()).isEqualTo("gotland-delrapport-2023-05-15.txt");
        assertThat(june.path("counted").path("activeKeyPersons").asInt()).isZero();
        assertThat(june.path("counted").path("units").asInt()).isEqualTo(10);
        assertThat(june.path("unitsWithoutKeyPerson")).hasSize(10);
        assertThat(view(coverage + "?asOf=2023-05-14").path("reportedTotal").isNull()).isTrue();
    }

    @Test
    void gotlandsKeyPersonMeetingAndFredaCaseGroupAgainstTheirFrequency() {
        String meetings = "/api/municipalities/gotland/meetings";
        eventually(() -> assertThat(view(meetings + "?asOf=2023-12-31").path("series")).hasSize(2));
        JsonNode series = view(meetings + "?asOf=2023-12-31").path("series");

        assertThat(series.findValuesAsText("seriesId")).containsExactly("freda-arendegrupp", "nyckelpersonstraffar");
        assertThat(series.get(0).path("requiredPerYear").asInt()).isEqualTo(12);
        assertThat(series.at("/0/years/0/held").asInt()).isZero();
        JsonNode keyPersonMeetings = series.at("/1/years/0");
        assertThat(keyPersonMeetings.path("year").asInt()).isEqualTo(2023);
        assertThat(keyPersonMeetings.path("held").asInt()).as("the 9 November meeting was only planned").isEqualTo(1);
        assertThat(keyPersonMeetings.path("required").asInt()).isEqualTo(2);
        assertThat(keyPersonMeetings.path("met").asBoolean()).isFalse();
        assertThat(keyPersonMeetings.path("participants").asInt()).isEqualTo(80);
        assertThat(keyPersonMeetings.at("/meetings/0/date").asText()).isEqualTo("2023-05-11");
        assertThat(keyPersonMeetings.at("/meetings/0/theme").asText()).isEqualTo("uppstart av strukturen");
    }

    @Test
    void theComparisonSetsTheMunicipalitiesSideBySide() {
        String comparison = "/api/comparison/indicators?asOf=2023-12-31";
        eventually(() -> assertThat(view(comparison).path("municipalities").findValuesAsText("municipalityId"))
                .contains("gotland", "goteborg", "sundbyberg"));
        eventually(() -> assertThat(municipalityIn(view(comparison), "gotland").path("meetings")).hasSize(2));
        JsonNode gotland = municipalityIn(view(comparison), "gotland");

        JsonNode webCourse = gotland.path("trainingCoverage").get(1);
        assertThat(webCourse.path("courseCode").asText()).isEqualTo("nck-webbkurs");
        assertThat(webCourse.path("completions").asLong()).isEqualTo(1350);
        assertThat(webCourse.path("coveragePercent").isNull()).isTrue();
        assertThat(gotland.path("keyPersonsPer1000Staff").toString()).isEqualTo("""
                {"value":null,"keyPersons":{"basis":"REPORTED","count":100,"date":"2023-05-15"},"staff":null,\
                "date":"2023-05-15"}""");
        assertThat(gotland.path("meetings").findValuesAsText("held")).containsExactly("0", "1");

        JsonNode sundbyberg = municipalityIn(view(comparison), "sundbyberg");
        assertThat(sundbyberg.path("trainingCoverage").findValuesAsText("courseCode"))
                .containsExactly("introduktionskurs-vinr-hedra");
        assertThat(sundbyberg.path("meetings").toString()).isEqualTo("""
                [{"seriesId":"intern-samverkansgrupp","name":"Intern samverkansgrupp","year":2023,"held":0,\
                "required":6,"met":false,"date":"2023-12-31"}]""");
    }

    static JsonNode municipalityIn(JsonNode comparison, String id) {
        return comparison.path("municipalities").findParents("municipalityId").stream()
                .filter(one -> one.path("municipalityId").asText().equals(id)).findFirst().orElseThrow();
    }
}

@OnH2
class RealDataOnH2Test extends RealDataSpec {
}

@OnPostgres
class RealDataOnPostgresTest extends RealDataSpec {
}
