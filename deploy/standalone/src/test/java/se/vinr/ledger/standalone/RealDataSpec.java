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
}

@OnH2
class RealDataOnH2Test extends RealDataSpec {
}

@OnPostgres
class RealDataOnPostgresTest extends RealDataSpec {
}
