package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity view: status, due date and overdue flag of each activity, occurrence by occurrence. */
abstract class ActivityApiSpec extends FollowUpApiTest {

    /** The plan with 1:1 started, May's website review done and the first quarter's group meeting held. */
    String followedUpToSummer() {
        String m = adoptedPlan();
        status(m, "1:1", null, "IN_PROGRESS", "2023-02-01");
        status(m, "2:2", "2023-03-31", "DONE", "2023-03-28");
        status(m, "1:2", "2023-05-31", "DONE", "2023-05-25");
        caughtUp(m);
        return m;
    }

    @Test
    void eachActivityOfTheRevisionInForceWithItsStatusDueDateAndOverdueFlag() {
        String m = followedUpToSummer();

        JsonNode view = read(municipality(m) + "/activities?asOf=2023-07-31");

        assertThat(view.path("municipalityId").asText()).isEqualTo(m);
        assertThat(view.path("asOf").asText()).isEqualTo("2023-07-31");
        assertThat(view.path("activities").findValuesAsText("code")).containsExactly("1:1", "1:2", "2:1", "2:2");
        JsonNode course = activity(view, "1:1");
        assertThat(course.path("planId").asText()).isEqualTo(PLAN_ID);
        assertThat(course.path("revision").asInt()).isEqualTo(1);
        assertThat(course.path("goalCode").asText()).isEqualTo("1");
        assertThat(course.path("goalTitle").asText()).isEqualTo("Kunskap om våld");
        assertThat(course.path("description").asText()).isEqualTo("All personal genomgår webbkursen om våld");
        assertThat(course.path("responsibleBodies").get(0).asText()).isEqualTo("Chefer med personalansvar");
        assertThat(course.path("timing").asText()).isEqualTo("Senast 30 juni 2023");
        assertThat(course.path("dueDate").asText()).isEqualTo("2023-06-30");
        assertThat(course.path("dueDateFromPlanPeriod").asBoolean()).isFalse();
        assertThat(course.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(course.path("statusAsOf").asText()).isEqualTo("2023-02-01");
        assertThat(course.path("note").asText()).isEqualTo("in_progress 2023-02-01");
        assertThat(course.path("overdue").asBoolean()).isTrue();
        assertThat(course.path("occurrences")).isEmpty();

        JsonNode police = activity(view, "2:1");
        assertThat(police.path("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(police.path("statusAsOf").isNull()).isTrue();
        assertThat(police.path("overdue").asBoolean()).isFalse();
    }

    @Test
    void aRecurringActivityListsItsOccurrencesOfTheYearEachWithItsOwnStatus() {
        String m = followedUpToSummer();

        JsonNode view = read(municipality(m) + "/activities?asOf=2023-07-31");

        JsonNode group = activity(view, "2:2");
        assertThat(group.path("recurrence").path("frequency").asText()).isEqualTo("QUARTERLY");
        assertThat(group.path("occurrences").findValuesAsText("dueDate"))
                .containsExactly("2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31");
        assertThat(group.path("occurrences").findValuesAsText("status"))
                .containsExactly("DONE", "NOT_STARTED", "NOT_STARTED", "NOT_STARTED");
        assertThat(group.path("occurrences").findValuesAsText("overdue"))
                .containsExactly("false", "true", "false", "false");
        assertThat(group.path("dueDate").asText()).as("the first occurrence not yet past").isEqualTo("2023-09-30");
        assertThat(group.path("overdue").asBoolean()).isTrue();

        JsonNode website = activity(view, "1:2");
        assertThat(website.path("occurrences")).hasSize(1);
        assertThat(website.path("occurrences").get(0).path("statusAsOf").asText()).isEqualTo("2023-05-25");
        assertThat(website.path("status").asText()).isEqualTo("DONE");
        assertThat(website.path("overdue").asBoolean()).isFalse();
    }

    @Test
    void filtersByPlanStatusAndOverdue() {
        String m = followedUpToSummer();
        write(municipality(m) + "/plans", """
                {"planId": "vinr-2024-2026", "title": "Plan 2024-2026", "periodStart": "2024-01-01",
                 "periodEnd": "2026-12-31", "responsibleBody": "Socialnämnden"}""");
        String activities = municipality(m) + "/activities?asOf=2024-02-01";
        eventually(() -> assertThat(read(municipality(m) + "/plans").findValuesAsText("planId")).hasSize(2));

        assertThat(read(activities + "&overdue=true").path("activities").findValuesAsText("code"))
                .containsExactly("1:1", "2:1", "2:2");
        assertThat(read(activities + "&overdue=false").path("activities").findValuesAsText("code"))
                .containsExactly("1:2");
        assertThat(read(activities + "&status=IN_PROGRESS").path("activities").findValuesAsText("code"))
                .containsExactly("1:1");
        assertThat(read(activities + "&planId=" + PLAN_ID + "&status=NOT_STARTED").path("activities")
                .findValuesAsText("code")).containsExactly("2:1", "2:2");
        assertThat(read(activities + "&planId=vinr-2024-2026").path("activities")).as("no revision yet").isEmpty();
    }

    @Test
    void asOfAndKnownAtShowTheStatusAsItStoodAndAsItWasKnown() throws InterruptedException {
        String m = followedUpToSummer();
        Thread.sleep(5);
        Instant beforeDone = Instant.now();
        Thread.sleep(5);
        status(m, "1:1", null, "DONE", "2023-06-20");
        caughtUp(m);

        assertThat(activity(read(municipality(m) + "/activities?asOf=2023-06-19"), "1:1").path("status").asText())
                .isEqualTo("IN_PROGRESS");
        assertThat(activity(read(municipality(m) + "/activities?asOf=2023-07-31"), "1:1").path("overdue")
                .asBoolean()).isFalse();
        JsonNode asKnown = read(municipality(m) + "/activities?asOf=2023-07-31&knownAt=" + beforeDone);
        assertThat(asKnown.path("knownAt").asText()).isEqualTo(beforeDone.toString());
        assertThat(activity(asKnown, "1:1").path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(read(municipality(m) + "/activities?asOf=2022-11-30").path("activities")).as("drafted only")
                .isEmpty();
    }

    @Test
    void unknownMunicipalityOrPlanIsNotFound() {
        String m = adoptedPlan();

        Response municipality = get("/api/municipalities/atlantis/activities");
        assertThat(municipality.status()).isEqualTo(404);
        assertThat(municipality.contentType()).isEqualTo("application/problem+json");
        assertThat(municipality.body().path("title").asText()).isEqualTo("Municipality not found");

        Response plan = get(municipality(m) + "/activities?planId=no-such-plan");
        assertThat(plan.status()).isEqualTo(404);
        assertThat(plan.body().path("title").asText()).isEqualTo("Plan not found");
    }

    @Test
    void malformedFiltersAndDatesAreBadRequestsNamingTheField() {
        String m = adoptedPlan();

        for (String[] query : new String[][]{{"status=FINISHED", "status"}, {"overdue=yes", "overdue"},
                {"planId=-plan", "planId"}, {"asOf=31/12/2023", "asOf"}, {"knownAt=2023-12-31", "knownAt"}}) {
            Response response = get(municipality(m) + "/activities?" + query[0]);
            assertThat(response.status()).as(query[0]).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly(query[1]);
        }
    }
}

@OnH2
class ActivityApiOnH2Test extends ActivityApiSpec {
}

@OnPostgres
class ActivityApiOnPostgresTest extends ActivityApiSpec {
}
