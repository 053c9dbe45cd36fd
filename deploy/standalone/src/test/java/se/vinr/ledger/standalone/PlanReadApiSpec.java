package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API over the Göteborg plan's real life (drafted, remiss to 13 bodies, referred back, responsibility
 * transferred, revised, approved and forwarded, referred back again with a report-back date), written through
 * the command API and read back through the projections.
 */
abstract class PlanReadApiSpec extends ApiTest {

    static final List<String> BODIES = IntStream.rangeClosed(1, 11).mapToObj(i -> "Nämnd " + i).toList();

    String plan(String m) {
        return "/api/municipalities/" + m + "/plans/vinr-2021-2024";
    }

    /** Göteborg's plan up to the second referral back; answers the instant between the two referrals. */
    Instant goteborgPlan(String m) throws InterruptedException {
        ok(post("/api/municipalities/" + m + "/plans", """
                {"planId": "vinr-2021-2024", "title": "Göteborgs Stads plan för arbetet mot våld i nära relationer",
                 "periodStart": "2021-01-01", "periodEnd": "2024-12-31", "responsibleBody": "Social resursnämnd",
                 "draftedOn": "2018-05-23"}"""));
        ok(post(plan(m) + "/revisions", revision("2019-08-26", "Under 2020", null)));
        List<String> bodies = new java.util.ArrayList<>(BODIES);
        bodies.add("HBTQ-rådet");
        bodies.add("Funktionshinderrådet");
        ok(post(plan(m) + "/consultations", json(java.util.Map.of("bodies", bodies, "sentOn", "2019-08-26",
                "deadline", "2019-11-29"))));
        for (String body : BODIES) {
            ok(post(plan(m) + "/consultation-responses", """
                    {"body": "%s", "stance": "SUPPORTS", "date": "2019-11-15"}""".formatted(body)));
        }
        for (String body : List.of("HBTQ-rådet", "Funktionshinderrådet")) {
            ok(post(plan(m) + "/consultation-responses", """
                    {"body": "%s", "stance": "OPPOSES", "summary": "Avstyrker", "date": "2019-11-20"}""".formatted(body)));
        }
        ok(post(plan(m) + "/decisions", """
                {"kind": "REFERRED_BACK", "decidingBody": "Social resursnämnd", "decisionDate": "2020-12-16",
                 "paragraph": "§ 244", "reasons": "Yrkande från V och MP: normkritiskt och intersektionellt perspektiv"}"""));
        ok(post(plan(m) + "/responsibility-transfers", """
                {"fromBody": "Social resursnämnd", "toBody": "Socialnämnden Centrum", "effectiveDate": "2021-01-01",
                 "reason": "Ny nämndorganisation"}"""));
        ok(post(plan(m) + "/revisions", revision("2021-02-03", "Under 2021", "N164-0224/21")));
        ok(post(plan(m) + "/decisions", """
                {"kind": "APPROVED_AND_FORWARDED", "decidingBody": "Socialnämnden Centrum",
                 "decisionDate": "2021-02-23", "paragraph": "§ 52", "caseNumber": "N164-0224/21",
                 "source": {"document": "goteborg-plan-2021-2024-arende.txt",
                            "passage": "Socialnämnden Centrum godkände 2021-02-23 § 52"}}"""));
        Thread.sleep(5);
        Instant beforeSecondReferral = Instant.now();
        Thread.sleep(5);
        ok(post(plan(m) + "/decisions", """
                {"kind": "REFERRED_BACK", "decidingBody": "Kommunstyrelsen", "decisionDate": "2021-08-27",
                 "caseNumber": "0509/21", "reasons": "Indikatorer med utgångsvärden, konkreta aktiviteter",
                 "reportBackBy": "2021-11-30"}"""));
        return beforeSecondReferral;
    }

    private static String revision(String date, String timing, String caseNumber) {
        return """
                {"date": "%s", "preparedBy": "Socialförvaltningen", %s
                 "goals": [{"code": "1", "title": "Göteborgs Stad har en god samverkan",
                            "activities": [{"code": "1:1", "description": "Samverkan kring våldsutsatta",
                                            "targetGroups": ["Medarbetare"], "responsibleBodies": ["Samtliga nämnder"],
                                            "timing": {"text": "%s"}}]}]}"""
                .formatted(date, caseNumber == null ? "" : "\"caseNumber\": \"" + caseNumber + "\",", timing);
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.raw()).isBetween(200, 201);
    }

    @Test
    void thePlanShowsItsStatusResponsibleBodyAndDecisions() throws Exception {
        String m = newMunicipality();
        goteborgPlan(m);

        eventually(() -> {
            Response response = get(plan(m));
            assertThat(response.status()).isEqualTo(200);
            JsonNode body = response.body();
            assertThat(body.path("status").asText()).isEqualTo("REFERRED_BACK");
            assertThat(body.path("responsibleBody").asText()).isEqualTo("Socialnämnden Centrum");
            assertThat(body.path("decisions").findValuesAsText("kind"))
                    .containsExactly("REFERRED_BACK", "APPROVED_AND_FORWARDED", "REFERRED_BACK");
            assertThat(body.path("decisions").get(2).path("reportBackBy").asText()).isEqualTo("2021-11-30");
            assertThat(body.path("decisions").get(1).path("source").path("document").asText())
                    .isEqualTo("goteborg-plan-2021-2024-arende.txt");
            assertThat(body.path("decisions").get(0).path("source").isNull()).isTrue();
            assertThat(body.path("consultations").get(0).path("responses")).hasSize(13);
            assertThat(body.path("pendingRevision").path("revision").asInt()).isEqualTo(2);
            assertThat(body.path("version").asLong()).isEqualTo(20);
        });
    }

    @Test
    void thePlanAsItStoodOnADayAndAsItWasKnownAtAnInstant() throws Exception {
        String m = newMunicipality();
        Instant beforeSecondReferral = goteborgPlan(m);

        eventually(() -> assertThat(get(plan(m)).body().path("version").asLong()).isEqualTo(20));
        JsonNode january2021 = get(plan(m) + "?asOf=2021-01-31").body();
        assertThat(january2021.path("status").asText()).isEqualTo("REFERRED_BACK");
        assertThat(january2021.path("responsibleBody").asText()).isEqualTo("Socialnämnden Centrum");
        assertThat(january2021.path("pendingRevision").path("revision").asInt()).isEqualTo(1);

        assertThat(get(plan(m) + "?asOf=2019-09-30").body().path("status").asText()).isEqualTo("IN_CONSULTATION");
        assertThat(get(plan(m) + "?asOf=2021-03-01").body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(get(plan(m) + "?knownAt=" + beforeSecondReferral).body().path("status").asText())
                .isEqualTo("APPROVED");
        assertThat(get(plan(m) + "?asOf=2018-01-01").status()).isEqualTo(404);
    }

    @Test
    void theHistoryListsEveryStepInBusinessDateOrderWithWhoAndWhatChanged() throws Exception {
        String m = newMunicipality();
        goteborgPlan(m);

        eventually(() -> {
            JsonNode history = get(plan(m) + "/history").body();
            JsonNode entries = history.path("entries");
            assertThat(entries).hasSize(21);
            List<String> dates = entries.findValuesAsText("businessDate");
            assertThat(dates).isSorted();
            JsonNode secondRevision = entries.get(18);
            assertThat(secondRevision.path("type").asText()).isEqualTo("PlanRevisionProposed");
            assertThat(secondRevision.path("recordedBy").asText()).isNotBlank();
            JsonNode changed = secondRevision.path("diff").path("activities").path("changed").get(0);
            assertThat(changed.path("field").asText()).isEqualTo("timing.text");
            assertThat(changed.path("before").asText()).isEqualTo("Under 2020");
            assertThat(changed.path("after").asText()).isEqualTo("Under 2021");
            assertThat(entries.get(19).path("source").path("passage").asText())
                    .isEqualTo("Socialnämnden Centrum godkände 2021-02-23 § 52");
        });
    }

    @Test
    void plansAndMunicipalitiesAreListedWithTheirStatus() throws Exception {
        String m = newMunicipality();
        goteborgPlan(m);

        eventually(() -> {
            JsonNode plans = get("/api/municipalities/" + m + "/plans").body();
            assertThat(plans.findValuesAsText("planId")).containsExactly("vinr-2021-2024");
            assertThat(plans.get(0).path("status").asText()).isEqualTo("REFERRED_BACK");
            JsonNode municipalities = get("/api/municipalities").body();
            JsonNode ours = municipalities.findParents("id").stream()
                    .filter(node -> node.path("id").asText().equals(m)).findFirst().orElseThrow();
            assertThat(ours.path("activePlan").path("id").asText()).isEqualTo("vinr-2021-2024");
        });
    }

    @Test
    void unknownThingsAreNotFoundAndMalformedDatesAreBadRequests() {
        String m = newMunicipality();
        // the views know the municipality once the organisation projection has it; until then it is the one missing
        eventually(() -> assertThat(get("/api/municipalities/" + m + "/plans").status()).isEqualTo(200));

        Response unknownPlan = get("/api/municipalities/" + m + "/plans/nope");
        assertThat(unknownPlan.status()).isEqualTo(404);
        assertThat(unknownPlan.contentType()).isEqualTo("application/problem+json");
        assertThat(get("/api/municipalities/nowhere-at-all/plans").status()).isEqualTo(404);
        for (String view : List.of("/plans/nope", "/plans/nope/history")) {
            Response unknownMunicipality = get("/api/municipalities/nowhere-at-all" + view);
            assertThat(unknownMunicipality.status()).isEqualTo(404);
            assertThat(unknownMunicipality.body().path("title").asText()).as(view).isEqualTo("Municipality not found");
        }
        assertThat(unknownPlan.body().path("title").asText()).isEqualTo("Plan not found");

        Response badDate = get("/api/municipalities/" + m + "/plans/nope?asOf=2021-02-30");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().path("errors").findValuesAsText("field")).containsExactly("asOf");
    }

    @Test
    void rebuildingTheProjectionsFromTheEventStoreGivesTheSameViews() throws Exception {
        String m = newMunicipality();
        goteborgPlan(m);
        eventually(() -> {
            assertThat(get(plan(m)).body().path("version").asLong()).isEqualTo(20);
            assertThat(get("/api/municipalities/" + m + "/plans").status()).isEqualTo(200);
        });
        String view = get(plan(m)).raw();
        String history = get(plan(m) + "/history").raw();
        String plans = get("/api/municipalities/" + m + "/plans").raw();

        for (String name : List.of("plans", "organisation")) {
            assertThat(post("/api/admin/projections/" + name + "/replay", null).status()).isEqualTo(202);
        }
        for (String name : List.of("plans", "organisation")) {
            awaitRebuilt(name);
        }

        // Once the rebuild reports done, the views are whole again: no waiting beyond it.
        assertThat(get(plan(m)).raw()).isEqualTo(view);
        assertThat(get(plan(m) + "/history").raw()).isEqualTo(history);
        assertThat(get("/api/municipalities/" + m + "/plans").raw()).isEqualTo(plans);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Response docs = get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("openapi").asText()).startsWith("3.");
        assertThat(docs.body().path("paths").has("/api/municipalities/{municipalityId}/plans/{planId}/history")).isTrue();
        assertThat(docs.body().path("paths").has("/api/municipalities/{municipalityId}/plans/{planId}/decisions")).isTrue();
        assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}

@OnH2
class PlanReadApiOnH2Test extends PlanReadApiSpec {
}

@OnPostgres
class PlanReadApiOnPostgresTest extends PlanReadApiSpec {
}
