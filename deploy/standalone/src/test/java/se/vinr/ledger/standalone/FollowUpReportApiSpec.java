package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's follow-up reports, each with the figures as they stood on its date, as known when it was recorded. */
abstract class FollowUpReportApiSpec extends FollowUpApiTest {

    /** An interim report on 2023-04-20; afterwards a value of 2023-04-15 comes in late, then the final report. */
    String reported() {
        String m = adoptedPlan();
        value(m, "1.a", "15", "2023-01-31");
        answer(m, "1.b", "PARTLY", "2023-02-15");
        status(m, "2:2", "2023-03-31", "DONE", "2023-03-28");
        value(m, "1.a", "25", "2023-03-31");
        report(m, "INTERIM", "2023-04-20");
        value(m, "1.a", "27", "2023-04-15");
        status(m, "1:1", null, "DONE", "2023-06-20");
        value(m, "1.a", "92", "2023-11-30");
        report(m, "FINAL", "2023-12-28");
        caughtUp(m);
        return m;
    }

    @Test
    void eachReportWithItsAssessmentsAndTheFiguresOfItsDateAsKnownWhenItWasRecorded() {
        String m = reported();

        JsonNode view = read(plan(m) + "/follow-up-reports");

        assertThat(view.path("municipalityId").asText()).isEqualTo(m);
        assertThat(view.path("planId").asText()).isEqualTo(PLAN_ID);
        JsonNode reports = view.path("reports");
        assertThat(each(reports, "kind")).containsExactly("INTERIM", "FINAL");
        JsonNode interim = reports.get(0);
        assertThat(interim.path("date").asText()).isEqualTo("2023-04-20");
        assertThat(interim.path("revision").asInt()).isEqualTo(1);
        assertThat(interim.path("assessments").get(0).path("goalCode").asText()).isEqualTo("1");
        assertThat(interim.path("assessments").get(1).path("goalCode").isNull()).isTrue();
        assertThat(interim.path("assessments").get(1).path("text").asText()).isEqualTo("Arbetet följer planen");
        assertThat(Instant.parse(interim.path("recordedAt").asText())).isBefore(Instant.now());
        assertThat(interim.path("recordedBy").asText()).isNotBlank();

        JsonNode figures = interim.path("figures");
        assertThat(figures.path("revision").asInt()).isEqualTo(1);
        JsonNode staff = indicator(figures, "1.a");
        assertThat(staff.path("value").decimalValue()).as("the value of 2023-04-15 came in after the report")
                .isEqualByComparingTo("25");
        assertThat(staff.path("valueDate").asText()).isEqualTo("2023-03-31");
        assertThat(staff.path("status").asText()).isEqualTo("ON_TRACK");
        assertThat(staff.path("series")).isEmpty();
        assertThat(indicator(figures, "1.b").path("status").asText()).isEqualTo("AT_RISK");
        // on 2023-04-20: 1:1 and 2:1 not yet due, the first quarter's meeting done
        JsonNode activities = figures.path("progress").path("activities");
        assertThat(activities.path("total").asInt()).isEqualTo(3);
        assertThat(activities.path("done").asInt()).isEqualTo(1);
        assertThat(activities.path("completionPercent").decimalValue()).isEqualByComparingTo("33.3");

        JsonNode finalFigures = reports.get(1).path("figures");
        assertThat(indicator(finalFigures, "1.a").path("status").asText()).isEqualTo("ACHIEVED");
        assertThat(indicator(finalFigures, "1.a").path("progressPercent").decimalValue())
                .isEqualByComparingTo("102.5");
        // 1:1 done late; May's website review, 2:1 and the meetings of the second and third quarter not reported
        assertThat(finalFigures.path("progress").path("activities").path("overdue").asInt()).isEqualTo(4);
    }

    @Test
    void asOfAndKnownAtLimitWhichReportsAreShown() {
        String m = reported();

        assertThat(each(read(plan(m) + "/follow-up-reports?asOf=2023-06-30").path("reports"), "kind"))
                .containsExactly("INTERIM");
        String interimRecordedAt = read(plan(m) + "/follow-up-reports").path("reports").get(0).path("recordedAt")
                .asText();
        assertThat(each(read(plan(m) + "/follow-up-reports?knownAt=" + interimRecordedAt).path("reports"), "kind"))
                .containsExactly("INTERIM");
    }

    @Test
    void unknownMunicipalityOrPlanIsNotFoundAndMalformedInputABadRequest() {
        String m = adoptedPlan();

        Response municipality = get("/api/municipalities/atlantis/plans/" + PLAN_ID + "/follow-up-reports");
        assertThat(municipality.status()).isEqualTo(404);
        assertThat(municipality.contentType()).isEqualTo("application/problem+json");
        assertThat(municipality.body().path("title").asText()).isEqualTo("Municipality not found");
        Response plan = get(municipality(m) + "/plans/no-such-plan/follow-up-reports");
        assertThat(plan.status()).isEqualTo(404);
        assertThat(plan.body().path("title").asText()).isEqualTo("Plan not found");
        assertThat(get(plan(m) + "/follow-up-reports?asOf=2022-10-31").status()).as("not yet drafted").isEqualTo(404);
        assertThat(read(plan(m) + "/follow-up-reports").path("reports")).isEmpty();

        for (String[] path : new String[][]{{plan(m) + "/follow-up-reports?asOf=soon", "asOf"},
                {plan(m) + "/follow-up-reports?knownAt=2023-01-01", "knownAt"},
                {municipality(m) + "/plans/-plan/follow-up-reports", "planId"}}) {
            Response response = get(path[0]);
            assertThat(response.status()).as(path[0]).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly(path[1]);
        }
    }
}

@OnH2
class FollowUpReportApiOnH2Test extends FollowUpReportApiSpec {
}

@OnPostgres
class FollowUpReportApiOnPostgresTest extends FollowUpReportApiSpec {
}
