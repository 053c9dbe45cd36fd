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

    @Test
    void gotlandsActivitiesAsTheInterimReportFoundThem() {
        String activities = "/api/municipalities/gotland/activities?planId=vinr-2022-2023&asOf=2023-05-15";
        eventually(() -> assertThat(plan(activities).path("activities")).hasSize(15));
        JsonNode view = plan(activities);

        assertThat(view.path("activities").findValuesAsText("status")).containsOnly("NOT_STARTED");
        assertThat(plan(activities + "&overdue=true").path("activities").findValuesAsText("code"))
                .as("due 2022-10-31 or 2022-12-31").containsExactly("2.1", "4.1", "5.4", "5.5");
        JsonNode webCourse = view.path("activities").get(0);
        assertThat(webCourse.path("code").asText()).isEqualTo("1.1");
        assertThat(webCourse.path("goalTitle").asText()).isEqualTo("Film och introduktionswebbkurs");
        assertThat(webCourse.path("dueDate").asText()).isEqualTo("2023-06-30");
        assertThat(webCourse.path("responsibleBodies").get(0).asText()).isEqualTo("Chefer med personalansvar");
        assertThat(view.path("activities").findParents("dueDateFromPlanPeriod").stream()
                .filter(activity -> activity.path("dueDateFromPlanPeriod").asBoolean())
                .map(activity -> activity.path("code").asText()))
                .as("no date in the plan: due by its end, 2023-12-31")
                .containsExactly("3.1", "3.2", "3.3", "5.1", "6.1");
        assertThat(plan("/api/municipalities/gotland/activities?asOf=2024-12-31").path("activities"))
                .as("the plan 2024-2026 is recorded without its content").hasSize(15);
    }

    @Test
    void gotlandsInterimReportWithTheFiguresOfItsDay() {
        String reports = GOTLAND + "/follow-up-reports";
        eventually(() -> assertThat(plan(reports).path("reports")).hasSize(1));
        JsonNode interim = plan(reports).path("reports").get(0);

        assertThat(interim.path("kind").asText()).isEqualTo("INTERIM");
        assertThat(interim.path("date").asText()).isEqualTo("2023-05-15");
        assertThat(interim.path("revision").asInt()).isEqualTo(1);
        assertThat(interim.path("assessments")).hasSize(7);
        assertThat(interim.path("assessments").get(5).path("goalCode").asText()).isEqualTo("6");
        assertThat(interim.path("assessments").get(6).path("goalCode").isNull()).as("the plan as a whole").isTrue();
        assertThat(interim.path("recordedBy").asText()).isEqualTo("importer");
        assertThat(interim.path("source").path("document").asText()).isEqualTo("gotland-delrapport-2023-05-15.txt");
        JsonNode activities = interim.path("figures").path("progress").path("activities");
        assertThat(activities.path("total").asInt()).isEqualTo(15);
        assertThat(activities.path("done").asInt()).isZero();
        assertThat(activities.path("overdue").asInt()).isEqualTo(4);
        assertThat(activities.path("completionPercent").decimalValue()).isEqualByComparingTo("0");
        assertThat(interim.path("figures").path("goals").findValuesAsText("goalCode"))
                .containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(interim.path("figures").path("progress").path("indicators").path("total").asInt())
                .as("the plan names no indicators").isZero();
        assertThat(plan("/api/municipalities/gotland/plans/vinr-2024-2026/follow-up-reports").path("reports"))
                .as("the undated report-back is not loaded").isEmpty();
    }

    @Test
    void sundbybergsRecurringActivitiesAndItsIndicatorWithoutData() {
        String activities = "/api/municipalities/sundbyberg/activities?asOf=2019-06-15";
        eventually(() -> assertThat(plan(activities).path("activities")).hasSize(22));
        JsonNode view = plan(activities);

        assertThat(view.path("activities").findValuesAsText("revision")).as("proposed, never adopted")
                .containsOnly("1");
        JsonNode website = view.path("activities").get(0);
        assertThat(website.path("code").asText()).isEqualTo("1.1");
        assertThat(website.path("occurrences").findValuesAsText("dueDate")).containsExactly("2018-05-31", "2019-05-31");
        JsonNode introCourse = view.path("activities").findParents("code").stream()
                .filter(activity -> activity.path("code").asText().equals("3.1")).findFirst().orElseThrow();
        assertThat(introCourse.path("occurrences").findValuesAsText("dueDate"))
                .containsExactly("2018-06-30", "2018-12-31", "2019-06-30", "2019-12-31");
        assertThat(introCourse.path("occurrences").findValuesAsText("overdue"))
                .containsExactly("true", "true", "false", "false");
        assertThat(plan(activities + "&overdue=true").path("activities").findValuesAsText("code"))
                .containsExactly("1.1", "2.1", "2.2", "3.1", "3.3");

        JsonNode indicators = plan("/api/municipalities/sundbyberg/indicators?asOf=2019-06-15").path("plans").get(0);
        assertThat(indicators.path("status").asText()).isEqualTo("DRAFT");
        JsonNode screenings = indicators.path("goals").get(2).path("indicators").get(0);
        assertThat(screenings.path("code").asText()).isEqualTo("3.4");
        assertThat(screenings.path("unit").asText()).isEqualTo("antal");
        assertThat(screenings.path("source").path("kind").asText()).isEqualTo("MANUAL");
        assertThat(screenings.path("status").asText()).isEqualTo("NO_DATA");
        assertThat(screenings.path("noDataReason").asText()).isEqualTo("NO_VALUE");
        assertThat(indicators.path("progress").path("indicators").path("noData").asInt()).isEqualTo(1);
        assertThat(indicators.path("progress").path("activities").path("total").asInt())
                .as("18 one-off activities and 6 occurrences due by mid-June 2019").isEqualTo(24);
    }

    @Test
    void goteborgsReferredBackProposalIsWhatActivitiesAreFollowedUpAgainst() {
        String activities = "/api/municipalities/goteborg/activities?planId=vinr-2021-2024&asOf=2022-01-01";
        eventually(() -> assertThat(plan(activities).path("activities")).hasSize(19));
        JsonNode view = plan(activities);

        assertThat(view.path("activities").findValuesAsText("revision")).containsOnly("2");
        assertThat(plan(activities + "&overdue=true").path("activities").findValuesAsText("code"))
                .as("3:1 was due in 2021, and the campaign every November").containsExactly("1:2", "3:1", "3:4");
    }
}

@OnH2
class RealDataOnH2Test extends RealDataSpec {
}

@OnPostgres
class RealDataOnPostgresTest extends RealDataSpec {
}
