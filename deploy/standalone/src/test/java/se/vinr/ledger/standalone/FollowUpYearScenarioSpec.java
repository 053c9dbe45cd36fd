package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One municipality through 2023 with the plan of {@link FollowUpApiTest}: values, answers and activity statuses
 * recorded month by month, and at the end of each month the status the formula gives every indicator (README,
 * "Indicator status": ON_TRACK within 10 percentage points of the straight line from baseline to target). The
 * line of 1.a, 2.a and 2.c runs over 364 days (a day is 0.27 points), that of 1.c over 180 days.
 */
abstract class FollowUpYearScenarioSpec extends FollowUpApiTest {

    @Test
    void aYearOfFollowUp() {
        String m = adoptedPlan();

        // January: 1.a 6.3 % of the way where the line expects 8.2 %; 1.c 10 % of 16.7 %
        value(m, "1.a", "15", "2023-01-31");
        value(m, "1.c", "28", "2023-01-31");
        assertStatuses(m, "2023-01-31", "ON_TRACK", "NO_DATA NO_VALUE", "ON_TRACK", "ON_TRACK", "NO_DATA NO_VALUE",
                "ON_TRACK");

        // February: the routine is partly in place; nothing of goal 2 is done where the line expects 15.9 %
        status(m, "1:1", null, "IN_PROGRESS", "2023-02-01");
        answer(m, "1.b", "PARTLY", "2023-02-15");
        value(m, "1.a", "20", "2023-02-28");
        assertStatuses(m, "2023-02-28", "ON_TRACK", "AT_RISK", "ON_TRACK", "AT_RISK", "NO_DATA NO_VALUE",
                "AT_RISK");

        // March: the first quarter's meeting held (goal 2: 1 of 2); waiting times 30 % of the way, line 49.4 %
        status(m, "2:2", "2023-03-31", "DONE", "2023-03-28");
        value(m, "1.a", "25", "2023-03-31");
        value(m, "1.c", "24", "2023-03-31");
        assertStatuses(m, "2023-03-31", "ON_TRACK", "AT_RISK", "AT_RISK", "ON_TRACK", "NO_DATA NO_VALUE",
                "ON_TRACK");

        // April: 22.5 % where the line expects 32.7 %
        value(m, "1.a", "28", "2023-04-30");
        assertStatuses(m, "2023-04-30", "AT_RISK", "AT_RISK", "AT_RISK", "ON_TRACK", "NO_DATA NO_VALUE",
                "ON_TRACK");

        // May: the website reviewed; 37.5 % of 41.2 %; participants counted, but 2.b has no target
        status(m, "1:2", "2023-05-31", "DONE", "2023-05-25");
        value(m, "2.b", "80", "2023-05-11");
        value(m, "1.a", "40", "2023-05-31");
        assertStatuses(m, "2023-05-31", "ON_TRACK", "AT_RISK", "AT_RISK", "ON_TRACK", "NO_DATA NO_TARGET",
                "ON_TRACK");

        // June: the routine decided, the web course done; waiting times 14 days on the target date: 80 % of 100 %;
        // the second quarter's meeting is due and not reported: goal 2 at 1 of 3 where the line expects 49.5 %
        answer(m, "1.b", "YES", "2023-06-15");
        status(m, "1:1", null, "DONE", "2023-06-20");
        value(m, "1.a", "55", "2023-06-30");
        value(m, "1.c", "14", "2023-06-30");
        report(m, "INTERIM", "2023-06-30");
        assertStatuses(m, "2023-06-30", "ON_TRACK", "ACHIEVED", "AT_RISK", "AT_RISK", "NO_DATA NO_TARGET",
                "ON_TRACK");

        // July: nothing recorded; 1.c's target date has passed, the second quarter's meeting is overdue
        assertStatuses(m, "2023-07-31", "ON_TRACK", "ACHIEVED", "OVERDUE", "AT_RISK", "NO_DATA NO_TARGET",
                "ON_TRACK");
        JsonNode july = read(municipality(m) + "/activities?asOf=2023-07-31&overdue=true");
        assertThat(july.path("activities").findValuesAsText("code")).containsExactly("2:2");

        // August: 75 % of 66.5 %
        value(m, "1.a", "70", "2023-08-31");

        // September: the summer meeting cancelled, the third quarter's held, the police agreement under way
        status(m, "2:2", "2023-06-30", "CANCELLED", "2023-09-01");
        status(m, "2:1", null, "IN_PROGRESS", "2023-09-15");
        status(m, "2:2", "2023-09-30", "DONE", "2023-09-28");
        assertStatuses(m, "2023-09-30", "ON_TRACK", "ACHIEVED", "OVERDUE", "ON_TRACK", "NO_DATA NO_TARGET",
                "ON_TRACK");

        // October: the agreement followed up: every activity of goal 2 due so far is done
        status(m, "2:1", null, "DONE", "2023-10-10");
        assertStatuses(m, "2023-10-31", "ON_TRACK", "ACHIEVED", "OVERDUE", "ACHIEVED", "NO_DATA NO_TARGET",
                "ACHIEVED");

        // November: 92 % of staff through the web course, over the target of 90 %
        value(m, "1.a", "92", "2023-11-30");

        // December: the last meeting held, the final report
        status(m, "2:2", "2023-12-31", "DONE", "2023-12-20");
        report(m, "FINAL", "2023-12-28");
        assertStatuses(m, "2023-12-31", "ACHIEVED", "ACHIEVED", "OVERDUE", "ACHIEVED", "NO_DATA NO_TARGET",
                "ACHIEVED");

        JsonNode yearEnd = read(plan(m) + "?asOf=2023-12-31").path("progress").path("plan");
        assertThat(yearEnd.path("activities").path("total").asInt()).isEqualTo(7);
        assertThat(yearEnd.path("activities").path("done").asInt()).isEqualTo(6);
        assertThat(yearEnd.path("activities").path("cancelled").asInt()).isEqualTo(1);
        assertThat(yearEnd.path("activities").path("overdue").asInt()).isZero();
        assertThat(yearEnd.path("activities").path("completionPercent").decimalValue()).isEqualByComparingTo("100");
        assertThat(yearEnd.path("indicators").path("achieved").asInt()).isEqualTo(4);
        assertThat(yearEnd.path("indicators").path("overdue").asInt()).isEqualTo(1);
        assertThat(yearEnd.path("indicators").path("noData").asInt()).isEqualTo(1);

        // the reports keep the figures of their dates
        JsonNode reports = read(plan(m) + "/follow-up-reports").path("reports");
        assertThat(indicator(reports.get(0).path("figures"), "1.c").path("status").asText()).isEqualTo("AT_RISK");
        assertThat(indicator(reports.get(1).path("figures"), "1.c").path("status").asText()).isEqualTo("OVERDUE");
        assertThat(indicator(reports.get(1).path("figures"), "1.a").path("status").asText()).isEqualTo("ACHIEVED");

        // the routine's answer counts for 24 months
        assertThat(statuses(m, "2025-06-15").get("1.b")).isEqualTo("ACHIEVED");
        assertThat(statuses(m, "2025-06-16").get("1.b")).isEqualTo("NO_DATA STALE_ANSWER");
    }

    /** The statuses of 1.a, 1.b, 1.c, 2.a, 2.b and 2.c as of {@code asOf}, NO_DATA with its reason. */
    private void assertStatuses(String m, String asOf, String... expected) {
        Map<String, String> statuses = statuses(m, asOf);
        assertThat(statuses.keySet()).containsExactly("1.a", "1.b", "1.c", "2.a", "2.b", "2.c");
        assertThat(statuses.values()).as("as of " + asOf).containsExactly(expected);
    }

    private Map<String, String> statuses(String m, String asOf) {
        caughtUp(m);
        Map<String, String> statuses = new LinkedHashMap<>();
        read(municipality(m) + "/indicators?asOf=" + asOf).path("plans").get(0).path("goals")
                .forEach(goal -> goal.path("indicators").forEach(indicator -> statuses.put(
                        indicator.path("code").asText(), indicator.path("status").asText()
                                + (indicator.path("noDataReason").isNull() ? ""
                                : " " + indicator.path("noDataReason").asText()))));
        return statuses;
    }
}

@OnH2
class FollowUpYearScenarioOnH2Test extends FollowUpYearScenarioSpec {
}

@OnPostgres
class FollowUpYearScenarioOnPostgresTest extends FollowUpYearScenarioSpec {
}
