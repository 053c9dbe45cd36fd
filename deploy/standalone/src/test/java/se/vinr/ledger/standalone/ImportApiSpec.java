package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading a municipality data file through {@code POST /api/admin/imports}: checked whole before anything is
 * sent, problems reported at their path in the file, items loaded once, history append-only.
 */
abstract class ImportApiSpec extends ApiTest {

    static final String IMPORTS = "/api/admin/imports";

    /** A small municipality with one plan: drafted, one revision, one decision referring it back. */
    static String file(String m) {
        return """
                municipality:
                  id: %s
                  name: "Exempelby kommun"
                  municipalityCode: "0999"
                  source: {document: exempel.txt, passage: "Exempelby kommun"}
                units:
                  - {unitId: ifo, name: "IFO", department: "Socialtjänsten", operator: OWN, headcount: 40,
                     source: {document: exempel.txt, passage: "IFO"}}
                plans:
                  - planId: vinr-2024
                    title: "Plan mot våld i nära relationer 2024"
                    periodStart: "2024-01-01"
                    periodEnd: "2024-12-31"
                    responsibleBody: "Socialnämnden"
                    draftedOn: "2023-09-01"
                    source: {document: exempel.txt, passage: "Plan mot våld"}
                    history:
                      - revision:
                          date: "2023-10-01"
                          goals:
                            - code: "1"
                              title: "Våldsutsatta får stöd"
                              activities:
                                - {code: "1.1", description: "Utbilda personalen", timing: {text: "Under 2024"}}
                          source: {document: exempel.txt, passage: "Mål 1"}
                      - decision:
                          kind: REFERRED_BACK
                          decidingBody: "Socialnämnden"
                          decisionDate: "2023-11-15"
                          paragraph: "§ 12"
                          reasons: "Indikatorer saknas"
                          source: {document: exempel.txt, passage: "§ 12"}
                """.formatted(m);
    }

    static String withNewRevision(String file) {
        return file + """
                      - revision:
                          date: "2024-01-20"
                          goals:
                            - code: "1"
                              title: "Våldsutsatta får stöd"
                              indicators:
                                - {code: "I1", name: "Andel utbildad personal", unit: "%"}
                          source: {document: exempel.txt, passage: "Reviderad plan"}
                """;
    }

    String newId() {
        return "exempelby-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Response upload(String yaml, String query) {
        return post(IMPORTS + query, yaml, "Content-Type", "application/yaml");
    }

    @Test
    void aDryRunListsTheCommandsAndStoresNothing() {
        String m = newId();

        Response dryRun = upload(file(m), "?dryRun=true");

        assertThat(dryRun.status()).as(dryRun.raw()).isEqualTo(200);
        assertThat(dryRun.body().path("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.body().path("sent").findValuesAsText("command")).containsExactly(
                "RegisterMunicipality", "RegisterUnit", "DraftPlan", "ProposePlanRevision", "RecordPlanDecision");
        assertThat(dryRun.body().path("sent").get(4).path("path").asText()).isEqualTo("plans[0].history[1].decision");
        assertThat(storedEvents(m)).isZero();
    }

    @Test
    void aFileLoadsThroughTheCommandApiWithTheImporterAsUserAndItsSources() throws Exception {
        String m = newId();

        Response loaded = upload(file(m), "?file=exempel.yaml");

        assertThat(loaded.status()).as(loaded.raw()).isEqualTo(200);
        assertThat(loaded.body().path("sent")).hasSize(5);
        assertThat(storedEvents(m)).isEqualTo(5);
        byte[] metadata = jdbc.sql("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                        + " AND sequenceNumber = 2").param(m + "/plan/vinr-2024").query(byte[].class).single();
        JsonNode meta = mapper.readTree(metadata);
        assertThat(meta.path("userId").asText()).isEqualTo("importer");
        assertThat(meta.path("sourcePassage").asText()).isEqualTo("§ 12");
        eventually(() -> {
            JsonNode plan = get("/api/municipalities/" + m + "/plans/vinr-2024").body();
            assertThat(plan.path("status").asText()).isEqualTo("REFERRED_BACK");
            assertThat(plan.path("decisions").get(0).path("paragraph").asText()).isEqualTo("§ 12");
            assertThat(plan.path("decisions").get(0).path("source").path("document").asText())
                    .isEqualTo("exempel.txt");
        });
    }

    @Test
    void loadingTheSameFileAgainSendsNothing() {
        String m = newId();
        upload(file(m), "");

        Response again = upload(file(m), "");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("sent")).isEmpty();
        assertThat(again.body().path("alreadyLoaded").asInt()).isEqualTo(5);
        assertThat(storedEvents(m)).isEqualTo(5);
    }

    @Test
    void anAppendedRevisionIsTheOnlyThingLoadedFromTheAmendedFile() {
        String m = newId();
        upload(file(m), "");

        Response amended = upload(withNewRevision(file(m)), "");

        assertThat(amended.status()).as(amended.raw()).isEqualTo(200);
        assertThat(amended.body().path("sent").findValuesAsText("path")).containsExactly("plans[0].history[2].revision");
        assertThat(storedEvents(m)).isEqualTo(6);
        eventually(() -> assertThat(get("/api/municipalities/" + m + "/plans/vinr-2024").body()
                .path("pendingRevision").path("revision").asInt()).isEqualTo(2));
    }

    @Test
    void anItemEditedAfterItWasLoadedIsRefusedAndNothingIsStored() {
        String m = newId();
        upload(file(m), "");

        Response rewritten = upload(withNewRevision(file(m).replace("§ 12", "§ 13")), "");

        assertThat(rewritten.status()).isEqualTo(400);
        assertThat(rewritten.contentType()).isEqualTo("application/problem+json");
        assertThat(rewritten.body().path("errors").findValuesAsText("field"))
                .containsExactly("plans[0].history[1].decision");
        assertThat(rewritten.body().path("errors").get(0).path("message").asText()).contains("append-only");
        assertThat(storedEvents(m)).isEqualTo(5);
    }

    @Test
    void everyProblemIsReportedWithItsPathAndNothingIsStored() {
        String m = newId();
        String broken = file(m)
                .replace("\"2023-10-01\"", "\"2023-13-01\"")
                .replace("operator: OWN", "operator: PRIVATE")
                .replace("kind: REFERRED_BACK", "kind: REFERRED_BACK\n          colour: red");

        Response response = upload(broken, "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field")).contains(
                "units[0].operator", "plans[0].history[0].revision.date", "plans[0].history[1].decision.colour");
        assertThat(storedEvents(m)).isZero();
    }

    @Test
    void aRuleViolationInTheMiddleOfAFileStoresNoneOfIt() {
        String m = newId();
        String backwards = file(m).replace("\"2023-11-15\"", "\"2023-11-15\"")
                + """
                      - decision:
                          kind: APPROVED_AND_FORWARDED
                          decidingBody: "Socialnämnden"
                          decisionDate: "2023-01-01"
                          source: {document: exempel.txt, passage: "tidigare"}
                """;

        Response response = upload(backwards, "");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("errors").findValuesAsText("field"))
                .containsExactly("plans[0].history[2].decision");
        assertThat(response.body().path("errors").get(0).path("message").asText()).contains("2023-11-15");
        assertThat(storedEvents(m)).isZero();
        assertThat(put("/api/municipalities/" + m, """
                {"name": "Exempelby kommun", "municipalityCode": "0999"}""").status())
                .as("the rolled-back municipality is not remembered anywhere, the cache included").isEqualTo(201);
    }

    @Test
    void aBrokenCopyOfARealFileIsRefusedWithEveryProblemAtItsPath() throws Exception {
        String real = new String(getClass().getResourceAsStream("/data/goteborg.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String broken = real.replace("decisionDate: \"2021-02-23\"", "decisionDate: \"2021-02-30\"")
                .replace("stance: OPPOSES", "stance: AGAINST")
                .replace("municipalityCode: \"1480\"", "municipalityCode: \"148\"");

        Response response = upload(broken, "?dryRun=true");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field")).contains(
                "municipality.municipalityCode", "plans[0].history[18].decision.decisionDate",
                "plans[0].history[11].response.stance", "plans[0].history[13].response.stance");
    }

    @Test
    void aFileThatIsNotYamlIsABadRequest() {
        Response response = upload("municipality: [unclosed", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("message").asText()).contains("line");
    }
}

@OnH2
class ImportApiOnH2Test extends ImportApiSpec {
}

@OnPostgres
class ImportApiOnPostgresTest extends ImportApiSpec {
}
