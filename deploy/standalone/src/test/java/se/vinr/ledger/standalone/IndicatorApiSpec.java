package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The indicator view and the progress in the plan view, on the plan of {@link FollowUpApiTest} up to April. */
abstract class IndicatorApiSpec extends FollowUpApiTest {

    String followedUpToApril() {
        String m = adoptedPlan();
        value(m, "1.a", "15", "2023-01-31");
        answer(m, "1.b", "PARTLY", "2023-02-15");
        status(m, "2:2", "2023-03-31", "DONE", "2023-03-28");
        value(m, "1.a", "25", "2023-03-31");
        value(m, "1.c", "24", "2023-03-31");
        value(m, "1.a", "28", "2023-04-30");
        value(m, "2.b", "80", "2023-05-11");
        caughtUp(m);
        return m;
    }

    @Test
    void aManualIndicatorWithItsDefinitionCurrentValueStatusAndSeries() {
        String m = followedUpToApril();

        JsonNode view = read(municipality(m) + "/indicators?asOf=2023-04-30");

        assertThat(view.path("asOf").asText()).isEqualTo("2023-04-30");
        JsonNode plan = view.path("plans").get(0);
        assertThat(plan.path("planId").asText()).isEqualTo(PLAN_ID);
        assertThat(plan.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(plan.path("revision").asInt()).isEqualTo(1);
        assertThat(each(plan.path("goals"), "goalCode")).containsExactly("1", "2");
        JsonNode staff = indicator(view.path("plans"), "1.a");
        assertThat(staff.path("name").asText()).isEqualTo("Andel personal som genomgått webbkursen");
        assertThat(staff.path("unit").asText()).isEqualTo("%");
        assertThat(staff.path("baseline").path("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(staff.path("baseline").path("date").asText()).isEqualTo("2023-01-01");
        assertThat(staff.path("target").path("date").asText()).isEqualTo("2023-12-31");
        assertThat(staff.path("direction").asText()).isEqualTo("INCREASE");
        assertThat(staff.path("source").path("kind").asText()).isEqualTo("MANUAL");
        assertThat(staff.path("value").decimalValue()).isEqualByComparingTo("28");
        assertThat(staff.path("valueDate").asText()).isEqualTo("2023-04-30");
        // (28 - 10) / (90 - 10) = 22.5 %; 119 of 364 days: the line expects 32.7 %, more than 10 points ahead
        assertThat(staff.path("progressPercent").decimalValue()).isEqualByComparingTo("22.5");
        assertThat(staff.path("expectedProgressPercent").decimalValue()).isEqualByComparingTo("32.7");
        assertThat(staff.path("status").asText()).isEqualTo("AT_RISK");
        assertThat(staff.path("noDataReason").isNull()).isTrue();
        assertThat(staff.path("judgedByRevision").asInt()).isEqualTo(1);
        assertThat(staff.path("series").findValuesAsText("date"))
                .containsExactly("2023-01-31", "2023-03-31", "2023-04-30");
        assertThat(staff.path("series").findValuesAsText("status")).containsExactly("ON_TRACK", "ON_TRACK", "AT_RISK");
        assertThat(staff.path("series").findValuesAsText("progressPercent")).containsExactly("6.3", "18.8", "22.5");
        assertThat(staff.path("series").get(0).path("source").path("passage").asText()).isEqualTo("1.a: 15");
    }

    @Test
    void complianceDecreasingAndComputedIndicatorsAndThoseWithoutData() {
        String m = followedUpToApril();

        JsonNode plans = read(municipality(m) + "/indicators?asOf=2023-04-30").path("plans");

        JsonNode routine = indicator(plans, "1.b");
        assertThat(routine.path("source").path("kind").asText()).isEqualTo("COMPLIANCE");
        assertThat(routine.path("answer").asText()).isEqualTo("PARTLY");
        assertThat(routine.path("evidence").asText()).isEqualTo("Ledningsgruppens protokoll 2023-02-15");
        assertThat(routine.path("status").asText()).isEqualTo("AT_RISK");
        // 30 days down to 24 of the way to 10: 30 %, the line expects 49.4 % on 2023-03-31
        JsonNode waiting = indicator(plans, "1.c");
        assertThat(waiting.path("direction").asText()).isEqualTo("DECREASE");
        assertThat(waiting.path("progressPercent").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(waiting.path("expectedProgressPercent").decimalValue()).isEqualByComparingTo("49.4");
        assertThat(waiting.path("status").asText()).isEqualTo("AT_RISK");
        // goal 2 at each month end: 2:1 and, from its due date, the first quarter's meeting (done)
        JsonNode cooperation = indicator(plans, "2.a");
        assertThat(cooperation.path("source").path("goalCode").asText()).isEqualTo("2");
        assertThat(cooperation.path("series").findValuesAsText("date"))
                .containsExactly("2023-01-31", "2023-02-28", "2023-03-31", "2023-04-30");
        assertThat(cooperation.path("series").findValuesAsText("value")).containsExactly("0.0", "0.0", "50.0", "50.0");
        assertThat(cooperation.path("series").findValuesAsText("status"))
                .containsExactly("ON_TRACK", "AT_RISK", "ON_TRACK", "ON_TRACK");
        assertThat(cooperation.path("status").asText()).isEqualTo("ON_TRACK");
        // the whole plan: 1:1, 2:1 and the meeting; May's website review is not due yet
        assertThat(indicator(plans, "2.c").path("value").decimalValue()).isEqualByComparingTo("33.3");
        JsonNode participants = indicator(plans, "2.b");
        assertThat(participants.path("status").asText()).isEqualTo("NO_DATA");
        assertThat(participants.path("noDataReason").asText()).isEqualTo("NO_VALUE");

        JsonNode inMay = indicator(read(municipality(m) + "/indicators?asOf=2023-05-31").path("plans"), "2.b");
        assertThat(inMay.path("value").decimalValue()).isEqualByComparingTo("80");
        assertThat(inMay.path("noDataReason").asText()).isEqualTo("NO_TARGET");
    }

    @Test
    void progressRollsUpPerGoalAndForThePlanInTheIndicatorAndThePlanView() {
        String m = followedUpToApril();

        JsonNode plan = read(municipality(m) + "/indicators?asOf=2023-04-30").path("plans").get(0);
        JsonNode details = read(plan(m) + "?asOf=2023-04-30").path("progress");

        assertThat(details.path("revision").asInt()).isEqualTo(1);
        assertThat(details.path("plan")).isEqualTo(plan.path("progress"));
        JsonNode activities = details.path("plan").path("activities");
        assertThat(activities.path("total").asInt()).isEqualTo(3);
        assertThat(activities.path("done").asInt()).isEqualTo(1);
        assertThat(activities.path("notStarted").asInt()).isEqualTo(2);
        assertThat(activities.path("overdue").asInt()).isZero();
        assertThat(activities.path("completionPercent").decimalValue()).isEqualByComparingTo("33.3");
        JsonNode indicators = details.path("plan").path("indicators");
        assertThat(indicators.path("total").asInt()).isEqualTo(6);
        assertThat(indicators.path("atRisk").asInt()).isEqualTo(3);
        assertThat(indicators.path("onTrack").asInt()).isEqualTo(2);
        assertThat(indicators.path("noData").asInt()).isEqualTo(1);
        assertThat(each(details.path("goals"), "goalCode")).containsExactly("1", "2");
        JsonNode cooperation = details.path("goals").get(1).path("progress");
        assertThat(cooperation).isEqualTo(plan.path("goals").get(1).path("progress"));
        assertThat(cooperation.path("activities").path("completionPercent").decimalValue())
                .isEqualByComparingTo("50.0");
        assertThat(cooperation.path("indicators").path("onTrack").asInt()).isEqualTo(2);

        assertThat(read(plan(m) + "?asOf=2022-11-30").path("progress").isNull()).as("before any revision").isTrue();
    }

    @Test
    void fromAndToBoundTheSeriesButNotTheCurrentValue() {
        String m = followedUpToApril();
        String indicators = municipality(m) + "/indicators?asOf=2023-04-30&planId=" + PLAN_ID;

        JsonNode plans = read(indicators + "&from=2023-02-01&to=2023-03-31").path("plans");
        assertThat(indicator(plans, "1.a").path("series").findValuesAsText("date")).containsExactly("2023-03-31");
        assertThat(indicator(plans, "1.a").path("valueDate").asText()).isEqualTo("2023-04-30");
        assertThat(indicator(plans, "2.a").path("series").findValuesAsText("date"))
                .containsExactly("2023-02-28", "2023-03-31");
        JsonNode pastAsOf = read(indicators + "&to=2024-06-30");
        assertThat(pastAsOf.path("to").asText()).isEqualTo("2024-06-30");
        assertThat(indicator(pastAsOf.path("plans"), "1.a").path("series")).as("never beyond asOf").hasSize(3);
    }

    @Test
    void knownAtLeavesOutWhatWasRecordedLater() throws InterruptedException {
        String m = followedUpToApril();
        Thread.sleep(5);
        Instant beforeCorrection = Instant.now();
        Thread.sleep(5);
        value(m, "1.a", "34", "2023-04-30");
        caughtUp(m);

        String view = municipality(m) + "/indicators?asOf=2023-04-30";
        assertThat(indicator(read(view).path("plans"), "1.a").path("status").asText()).as("a correction of the day")
                .isEqualTo("ON_TRACK");
        assertThat(indicator(read(view + "&knownAt=" + beforeCorrection).path("plans"), "1.a").path("value")
                .decimalValue()).isEqualByComparingTo("28");
    }

    @Test
    void unknownMunicipalityOrPlanIsNotFound() {
        String m = adoptedPlan();

        Response municipality = get("/api/municipalities/atlantis/indicators");
        assertThat(municipality.status()).isEqualTo(404);
        assertThat(municipality.contentType()).isEqualTo("application/problem+json");
        assertThat(municipality.body().path("title").asText()).isEqualTo("Municipality not found");
        Response plan = get(municipality(m) + "/indicators?planId=no-such-plan");
        assertThat(plan.status()).isEqualTo(404);
        assertThat(plan.body().path("title").asText()).isEqualTo("Plan not found");
        assertThat(get(municipality(m) + "/indicators?asOf=2022-11-30&planId=" + PLAN_ID).status()).isEqualTo(200);
        assertThat(get(municipality(m) + "/indicators?asOf=2022-10-31&planId=" + PLAN_ID).status())
                .as("not yet drafted").isEqualTo(404);
    }

    @Test
    void malformedDatesAndRangesAreBadRequestsNamingTheField() {
        String m = adoptedPlan();

        for (String[] query : new String[][]{{"from=2023-13-01", "from"}, {"to=tomorrow", "to"},
                {"from=2023-05-01&to=2023-04-30", "from"}, {"from=2000-01-01&asOf=2023-04-30", "from"},
                {"planId=-plan", "planId"}, {"asOf=2023-02-30", "asOf"}, {"knownAt=yesterday", "knownAt"}}) {
            Response response = get(municipality(m) + "/indicators?" + query[0]);
            assertThat(response.status()).as(query[0]).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly(query[1]);
        }
    }

    @Test
    void theFollowUpViewsAreDescribedByOpenApi() {
        JsonNode paths = read("/v3/api-docs").path("paths");

        assertThat(each(paths.path("/api/municipalities/{municipalityId}/activities").path("get")
                .path("parameters"), "name"))
                .containsExactlyInAnyOrder("municipalityId", "planId", "status", "overdue", "asOf", "knownAt");
        assertThat(each(paths.path("/api/municipalities/{municipalityId}/indicators").path("get")
                .path("parameters"), "name"))
                .containsExactlyInAnyOrder("municipalityId", "planId", "from", "to", "asOf", "knownAt");
        assertThat(paths.path("/api/municipalities/{municipalityId}/plans/{planId}/follow-up-reports").path("get")
                .path("responses").fieldNames()).toIterable().contains("200", "400", "404");
    }
}

@OnH2
class IndicatorApiOnH2Test extends IndicatorApiSpec {
}

@OnPostgres
class IndicatorApiOnPostgresTest extends IndicatorApiSpec {
}
