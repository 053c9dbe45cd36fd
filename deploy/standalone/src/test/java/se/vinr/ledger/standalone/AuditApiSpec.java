package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import se.vinr.ledger.events.common.MetadataKeys;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.Console;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditor's API: the event log, correlations, the hash chain's verification, checkpoints and the bundle. */
abstract class AuditApiSpec extends ApiTest {

    private static final String NDJSON = "application/x-ndjson";

    /** An event of no aggregate type the service knows: thousands of them are appended in one go. */
    record Note(MunicipalityId municipalityId, int number) implements MunicipalityScoped {
    }

    @Autowired
    EventStore eventStore;
    @TempDir
    Path dir;

    String audit(String m) {
        return "/api/audit/municipalities/" + m;
    }

    /** Registered, a unit registered, its headcount reported under {@code correlationId}: three events. */
    String municipalityWithHistory(String correlationId) {
        String m = newMunicipality();
        newUnit(m, "hemtjanst");
        Response headcount = exchange(HttpMethod.PUT, "/api/municipalities/" + m + "/units/hemtjanst/headcount", """
                {"headcount": 45, "asOf": "2023-04-30"}""", "X-Correlation-Id", correlationId);
        assertThat(headcount.status()).as(headcount.raw()).isEqualTo(200);
        awaitChained(m, 3);
        return m;
    }

    /** Chaining runs at a few thousand events/s, so a large selection gets a minute on a busy machine. */
    void awaitChained(String m, long events) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_audit_event WHERE municipality_id = ?")
                        .param(m).query(Long.class).single()).isEqualTo(events));
    }

    JsonNode events(String m) {
        return get(audit(m) + "/events").body().path("events");
    }

    @Test
    void theLogShowsEveryEventInOrderWithItsMetadataAndItsLinkInTheChain() throws Exception {
        String correlationId = "spec-" + UUID.randomUUID();
        String m = municipalityWithHistory(correlationId);

        JsonNode events = events(m);

        assertThat(events).hasSize(3);
        assertThat(fields(events, "type"))
                .containsExactly("MunicipalityRegistered", "UnitRegistered", "HeadcountReported");
        assertThat(fields(events, "aggregateId")).containsExactly(m, m, m);
        assertThat(fields(events, "aggregateType")).containsExactly("Municipality", "Municipality",
                "Municipality");
        assertThat(numbers(events, "sequence")).containsExactly(0L, 1L, 2L);
        assertThat(numbers(events, "chainIndex")).containsExactly(1L, 2L, 3L);
        assertThat(fields(events, "userId")).containsExactly("admin", "admin", "admin");
        JsonNode headcount = events.get(2);
        assertThat(headcount.path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(headcount.path("metadata").path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(headcount.path("metadata").path("municipalityId").asText()).isEqualTo(m);
        assertThat(headcount.path("businessDate").asText()).isEqualTo("2023-04-30");
        assertThat(headcount.path("payload").path("headcount").asInt()).isEqualTo(45);
        assertThat(events.get(0).path("businessDate").isNull()).isTrue();
        assertThat(events.get(0).path("previousHash").asText()).isEqualTo("0".repeat(64));
        assertThat(events.get(1).path("previousHash").asText()).isEqualTo(events.get(0).path("hash").asText());
        assertThat(events.get(2).path("previousHash").asText()).isEqualTo(events.get(1).path("hash").asText());
        assertThat(events.get(0).path("hash").asText()).isEqualTo(independentHash(events.get(0)));
        assertThat(events.get(1).path("hash").asText()).isEqualTo(independentHash(events.get(1)));
    }

    @Test
    void pagesFollowTheCursorAndFiltersSelect() {
        String m = municipalityWithHistory("spec-" + UUID.randomUUID());

        Response first = get(audit(m) + "/events?limit=2");
        assertThat(fields(first.body().path("events"), "type"))
                .containsExactly("MunicipalityRegistered", "UnitRegistered");
        String next = first.body().path("next").asText();
        Response second = get(audit(m) + "/events?limit=2&after=" + next);
        assertThat(fields(second.body().path("events"), "type")).containsExactly("HeadcountReported");
        assertThat(second.body().path("next").isNull()).isTrue();

        assertThat(get(audit(m) + "/events?type=UnitRegistered").body().path("events")).hasSize(1);
        assertThat(fields(get(audit(m) + "/events?businessFrom=2023-04-30&businessTo=2023-04-30").body()
                .path("events"), "type")).containsExactly("HeadcountReported");
        assertThat(get(audit(m) + "/events?user=admin&aggregate=" + m).body().path("events")).hasSize(3);
        assertThat(get(audit(m) + "/events?user=importer").body().path("events")).isEmpty();
        assertThat(get(audit(m) + "/events?recordedTo=2020-01-01T00:00:00Z").body().path("events")).isEmpty();
        assertThat(get(audit(m) + "/events?recordedFrom=2020-01-01T00:00:00+01:00").body().path("events"))
                .hasSize(3);
    }

    @Test
    void badFiltersAndCursorsAreBadRequestsAndAnUnknownMunicipalityIsNotFound() {
        String m = municipalityWithHistory("spec-" + UUID.randomUUID());

        assertBadRequest(get(audit(m) + "/events?after=abc"), "after");
        assertBadRequest(get(audit(m) + "/events?limit=0"), "limit");
        assertBadRequest(get(audit(m) + "/events?limit=1001"), "limit");
        assertBadRequest(get(audit(m) + "/events?recordedFrom=yesterday"), "recordedFrom");
        assertBadRequest(get(audit(m) + "/events?businessTo=2023-13-01"), "businessTo");
        assertBadRequest(get(audit(m) + "/events?businessFrom=2023-05-01&businessTo=2023-04-30"), "businessTo");
        assertBadRequest(get(audit(m) + "/events?after=abc", "Accept", NDJSON), "after");
        assertBadRequest(get(audit("Not A Slug") + "/events"), "municipalityId");

        for (String path : List.of("/events", "/verify", "/checkpoints", "/bundle")) {
            Response unknown = get(audit("atlantis") + path);
            assertThat(unknown.status()).as(path).isEqualTo(404);
            assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(get(audit("atlantis") + "/events", "Accept", NDJSON).status()).isEqualTo(404);
        assertThat(post(audit("atlantis") + "/checkpoints", null).status()).isEqualTo(404);
        assertThat(get("/api/audit/correlations/no-such-request").status()).isEqualTo(404);
    }

    @Test
    void ndjsonStreamsTheWholeSelectionOneEventPerLine() throws Exception {
        String m = newMunicipality();
        int notes = 3000;
        eventStore.publish(IntStream.rangeClosed(1, notes)
                .mapToObj(i -> new GenericDomainEventMessage<>("Note", m + "/note/1", i - 1,
                        new Note(new MunicipalityId(m), i), Map.of(MetadataKeys.USER_ID, "spec")))
                .toList());
        awaitChained(m, notes + 1);

        Response export = get(audit(m) + "/events", "Accept", NDJSON);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).isEqualTo(NDJSON);
        assertThat(export.headers().getContentLength()).as("streamed, length unknown in advance").isEqualTo(-1);
        assertThat(export.raw()).endsWith("\n");
        String[] lines = export.raw().split("\n");
        assertThat(lines).hasSize(notes + 1);
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines) {
            events.add(mapper.readTree(line));
        }
        assertThat(events).extracting(event -> event.path("chainIndex").asLong())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, notes + 1).mapToObj(i -> (long) i).toList());
        assertThat(events.get(notes).path("payload").path("number").asInt()).isEqualTo(notes);
        assertThat(events).extracting(event -> event.path("position").asLong()).isSorted();
        assertThat(get(audit(m) + "/events?type=Note&businessFrom=2000-01-01", "Accept", NDJSON).raw()).isNullOrEmpty();
        assertThat(get(audit(m) + "/events?type=Note", "Accept", NDJSON).raw().split("\n")).hasSize(notes);
        // without asking for NDJSON: the first page
        Response page = get(audit(m) + "/events", "Accept", "*/*");
        assertThat(page.contentType()).isEqualTo("application/json");
        assertThat(page.body().path("events")).hasSize(100);
        assertThat(page.body().path("next").asText()).isEqualTo(events.get(99).path("position").asText());
    }

    @Test
    void theAuditEndpointsArePublishedInTheOpenApiContract() {
        JsonNode paths = get("/v3/api-docs").body().path("paths");

        assertThat(paths.path("/api/audit/municipalities/{municipalityId}/events").path("get").path("responses")
                .path("200").path("content").has(NDJSON)).isTrue();
        for (String path : List.of("/api/audit/correlations/{correlationId}",
                "/api/audit/municipalities/{municipalityId}/verify",
                "/api/audit/municipalities/{municipalityId}/checkpoints",
                "/api/audit/municipalities/{municipalityId}/bundle", "/api/audit/public-key")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void aCorrelationShowsEverythingTheRequestCausedInEveryMunicipality() {
        String correlationId = "spec-" + UUID.randomUUID();
        String first = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "m-" + UUID.randomUUID().toString().substring(0, 8);
        for (String m : List.of(first, second)) {
            assertThat(put("/api/municipalities/" + m, """
                    {"name": "Testkommun", "municipalityCode": "0980"}""", "X-Correlation-Id", correlationId).status())
                    .isEqualTo(201);
            awaitChained(m, 1);
        }

        JsonNode events = get("/api/audit/correlations/" + correlationId).body().path("events");

        assertThat(fields(events, "municipalityId")).containsExactly(first, second);
        assertThat(fields(events, "type")).containsExactly("MunicipalityRegistered", "MunicipalityRegistered");
    }

    @Test
    void verifyDetectsAPayloadAlteredInTheEventStoreAtItsPosition() {
        String m = municipalityWithHistory("spec-" + UUID.randomUUID());
        JsonNode unit = events(m).get(1);
        assertThat(verify(m).path("ok").asBoolean()).isTrue();
        assertThat(verify(m).path("eventsChecked").asLong()).isEqualTo(3);

        byte[] original = payload(unit.path("eventId").asText());
        String altered = new String(original, StandardCharsets.UTF_8).replace("Enhet hemtjanst", "Enhet hemtjänst");
        assertThat(altered).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        setPayload(unit.path("eventId").asText(), altered.getBytes(StandardCharsets.UTF_8));
        try {
            JsonNode verification = verify(m);

            assertThat(verification.path("ok").asBoolean()).isFalse();
            assertThat(verification.path("eventsChecked").asLong()).isEqualTo(1);
            assertThat(verification.path("chainLength").asLong()).isEqualTo(3);
            JsonNode broken = verification.path("firstBreak");
            assertThat(broken.path("problem").asText()).isEqualTo("PAYLOAD_ALTERED");
            assertThat(broken.path("chainIndex").asLong()).isEqualTo(2);
            assertThat(broken.path("eventId").asText()).isEqualTo(unit.path("eventId").asText());
            assertThat(broken.path("globalIndex").asLong()).isEqualTo(unit.path("globalIndex").asLong());
            assertThat(broken.path("position").asLong()).isEqualTo(unit.path("position").asLong());
        } finally {
            setPayload(unit.path("eventId").asText(), original);
        }
        assertThat(verify(m).path("ok").asBoolean()).isTrue();
    }

    @Test
    void verifyDetectsAnEventDeletedFromTheEventStoreAtItsPosition() {
        String m = municipalityWithHistory("spec-" + UUID.randomUUID());
        JsonNode unit = events(m).get(1);
        String eventId = unit.path("eventId").asText();
        Map<String, Object> row = jdbc.sql("SELECT * FROM DomainEventEntry WHERE eventIdentifier = ?").param(eventId)
                .query().singleRow();

        jdbc.sql("DELETE FROM DomainEventEntry WHERE eventIdentifier = ?").param(eventId).update();
        try {
            JsonNode verification = verify(m);

            assertThat(verification.path("ok").asBoolean()).isFalse();
            JsonNode broken = verification.path("firstBreak");
            assertThat(broken.path("problem").asText()).isEqualTo("EVENT_MISSING");
            assertThat(broken.path("chainIndex").asLong()).isEqualTo(2);
            assertThat(broken.path("eventId").asText()).isEqualTo(eventId);
            assertThat(broken.path("globalIndex").asLong()).isEqualTo(unit.path("globalIndex").asLong());
        } finally {
            insert("DomainEventEntry", row);
        }
        assertThat(verify(m).path("ok").asBoolean()).isTrue();
    }

    @Test
    void verifyDetectsAnEventTheChainDoesNotHave() {
        String m = municipalityWithHistory("spec-" + UUID.randomUUID());
        JsonNode unit = events(m).get(1);
        String eventId = unit.path("eventId").asText();
        Map<String, Object> row = jdbc.sql("SELECT * FROM rm_audit_event WHERE event_id = ?").param(eventId)
                .query().singleRow();

        jdbc.sql("DELETE FROM rm_audit_event WHERE event_id = ?").param(eventId).update();
        try {
            JsonNode broken = verify(m).path("firstBreak");

            assertThat(broken.path("problem").asText()).isEqualTo("EXTRA_EVENT");
            assertThat(broken.path("eventId").asText()).isEqualTo(eventId);
            assertThat(broken.path("globalIndex").asLong()).isEqualTo(unit.path("globalIndex").asLong());
        } finally {
            insert("rm_audit_event", row);
        }
        assertThat(verify(m).path("ok").asBoolean()).isTrue();
    }

    @Test
    void checkpointsSignTheHeadAndVerifyHoldsTheChainToThem() throws Exception {
        String m = municipalityWithHistory("spec-" + UUID.randomUUID());
        String head = events(m).get(2).path("hash").asText();

        Response created = post(audit(m) + "/checkpoints", null);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasPath(audit(m) + "/checkpoints/3");
        JsonNode checkpoint = created.body();
        assertThat(checkpoint.path("chainIndex").asLong()).isEqualTo(3);
        assertThat(checkpoint.path("headHash").asText()).isEqualTo(head);
        JsonNode publicKey = get("/api/audit/public-key").body();
        assertThat(publicKey.path("algorithm").asText()).isEqualTo("Ed25519");
        byte[] der = Base64.getDecoder().decode(publicKey.path("publicKey").asText());
        assertThat(publicKey.path("keyId").asText()).isEqualTo(sha256(der))
                .isEqualTo(checkpoint.path("keyId").asText());
        String statement = "{\"chainIndex\":3,\"headEventId\":\"" + checkpoint.path("headEventId").asText()
                + "\",\"headHash\":\"" + head + "\",\"municipalityId\":\"" + m + "\",\"signedAt\":\""
                + checkpoint.path("signedAt").asText() + "\"}";
        assertThat(verifySignature(der, statement, checkpoint.path("signature").asText())).isTrue();

        Response again = post(audit(m) + "/checkpoints", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(checkpoint);

        assertThat(exchange(HttpMethod.PUT, "/api/municipalities/" + m + "/units/hemtjanst/headcount", """
                {"headcount": 50, "asOf": "2023-09-30"}""").status()).isEqualTo(200);
        awaitChained(m, 4);
        assertThat(post(audit(m) + "/checkpoints", null).body().path("chainIndex").asLong()).isEqualTo(4);
        assertThat(numbers(get(audit(m) + "/checkpoints").body(), "chainIndex"))
                .containsExactly(3L, 4L);
        assertThat(get(audit(m) + "/checkpoints/3").body()).isEqualTo(checkpoint);
        assertThat(get(audit(m) + "/checkpoints/2").status()).isEqualTo(404);
        JsonNode verification = verify(m);
        assertThat(verification.path("ok").asBoolean()).isTrue();
        assertThat(verification.path("checkpointsChecked").asInt()).isEqualTo(2);

        jdbc.sql("UPDATE rm_audit_checkpoint SET signed_at = ? WHERE municipality_id = ? AND chain_index = 3")
                .params(OffsetDateTime.parse("2020-01-01T00:00:00Z"), m).update();
        JsonNode forged = verify(m).path("firstBreak");
        assertThat(forged.path("problem").asText()).isEqualTo("CHECKPOINT_MISMATCH");
        assertThat(forged.path("chainIndex").asLong()).isEqualTo(3);
        assertThat(forged.path("detail").asText()).contains("signature is not valid");
    }

    @Test
    void aBundleVerifiesOfflineAndOneAlteredByteNamesItsEvent() throws Exception {
        String m = municipalityWithHistory("spec-" + UUID.randomUUID());
        JsonNode unit = events(m).get(1);

        HttpHeaders asAdmin = new HttpHeaders();
        asAdmin.setBasicAuth("admin", ADMIN_PASSWORD);
        ResponseEntity<byte[]> response = http.exchange(audit(m) + "/bundle", HttpMethod.GET,
                new HttpEntity<>(asAdmin), byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).hasToString("application/zip");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo(m + "-audit-bundle.zip");
        Path bundle = Files.write(dir.resolve("bundle.zip"), response.getBody());
        try (FileSystem zip = FileSystems.newFileSystem(bundle)) {
            try (Stream<Path> entries = Files.list(zip.getPath("/"))) {
                assertThat(entries.map(entry -> entry.getFileName().toString())).containsExactlyInAnyOrder(
                        "README.txt", "public-key.pem", "checkpoints.ndjson", "events.ndjson");
            }
            assertThat(Files.readAllLines(zip.getPath("events.ndjson"))).hasSize(3);
            assertThat(mapper.readTree(Files.readString(zip.getPath("checkpoints.ndjson"))).path("chainIndex")
                    .asLong()).isEqualTo(3);
        }

        Console.Run verified = Console.capture(() -> VerifyCommand.run(new String[]{"verify", bundle.toString()}));
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("OK: 3 events", events(m).get(2).path("hash").asText(),
                get("/api/audit/public-key").body().path("keyId").asText());

        try (FileSystem zip = FileSystems.newFileSystem(bundle)) {
            Path events = zip.getPath("events.ndjson");
            String content = Files.readString(events);
            assertThat(content).contains("Enhet hemtjanst");
            Files.writeString(events, content.replace("Enhet hemtjanst", "Enhet hemtjanzt"));
        }
        Console.Run broken = Console.capture(() -> VerifyCommand.run(new String[]{"verify", bundle.toString()}));
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).contains("BROKEN", "event " + unit.path("eventId").asText(), "line 2",
                "chain index 2", "altered");
    }

    JsonNode verify(String m) {
        Response verification = get(audit(m) + "/verify");
        assertThat(verification.status()).as(verification.raw()).isEqualTo(200);
        return verification.body();
    }

    byte[] payload(String eventId) {
        return jdbc.sql("SELECT payload FROM DomainEventEntry WHERE eventIdentifier = ?").param(eventId)
                .query(byte[].class).single();
    }

    void setPayload(String eventId, byte[] payload) {
        jdbc.sql("UPDATE DomainEventEntry SET payload = ? WHERE eventIdentifier = ?").params(payload, eventId)
                .update();
    }

    void insert(String table, Map<String, Object> row) {
        jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                        + String.join(", ", row.keySet().stream().map(column -> "?").toList()) + ")")
                .params(new ArrayList<>(row.values())).update();
    }

    /** The field of each element of an array (findValues would also find it nested in payloads and metadata). */
    static List<String> fields(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asText()));
        return values;
    }

    static List<Long> numbers(JsonNode array, String field) {
        List<Long> values = new ArrayList<>();
        array.forEach(element -> values.add(element.path(field).asLong()));
        return values;
    }

    void assertBadRequest(Response response, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly(field);
    }

    /**
     * The event's hash recomputed here without the service's code: the hashed fields as a map written by Jackson
     * with sorted keys (the events hold no decimal numbers), after 64 zeros or the previous hash.
     */
    String independentHash(JsonNode event) throws Exception {
        Map<String, Object> hashed = new LinkedHashMap<>();
        for (String field : List.of("eventId", "type", "revision", "aggregateType", "aggregateId", "sequence",
                "recordedAt", "payload", "metadata")) {
            hashed.put(field, mapper.convertValue(event.path(field), Object.class));
        }
        String json = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(hashed);
        return sha256((event.path("previousHash").asText() + json).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static boolean verifySignature(byte[] publicKeyDer, String statement, String signature) throws Exception {
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKeyDer));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(statement.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }
}

@OnH2
class AuditApiOnH2Test extends AuditApiSpec {
}

@OnPostgres
class AuditApiOnPostgresTest extends AuditApiSpec {
}
