package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at {@code /v3/api-docs} as a client generator and a contract tester read it: how to
 * authenticate, every operation named once, and every answer the API gives described with its media type. (That
 * each answer the specifications get keeps to it is checked on every call, in {@link ApiTest}.)
 */
@OnH2
class OpenApiDescriptionTest extends ApiTest {

    private static final Set<String> WRITES = Set.of("post", "put");
    private JsonNode api;

    @BeforeEach
    void readDescription() {
        Response response = get("/v3/api-docs", "Authorization", "");
        assertThat(response.status()).as("open to anyone, as the UI is").isEqualTo(200);
        api = response.body();
    }

    @Test
    void itIsOpenApi31WithATitleAndARelativeServer() {
        assertThat(api.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(api.path("info").path("title").asText()).isEqualTo("VINR Ledger API");
        assertThat(api.path("servers").findValuesAsText("url")).containsExactly("/");
    }

    @Test
    void everyOperationNeedsTheServicesHttpBasicCredentials() {
        assertThat(api.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/security/0").has("basicAuth")).isTrue();
        operations().forEach(op -> assertThat(op.body().has("security")).as(op + " opts out of the global rule")
                .isFalse());
    }

    @Test
    void operationIdsAreUniqueAndReadable() {
        List<String> ids = operations().stream().map(op -> op.body().path("operationId").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"),
                "a camelCase verb phrase, without springdoc's _1 for a clash");
    }

    @Test
    void everyOperationDescribesSuccessAndTheProblemsEveryEndpointCanAnswer() {
        for (Operation op : operations()) {
            JsonNode responses = op.body().path("responses");
            assertThat(fields(responses)).as(op.toString())
                    .anyMatch(code -> code.startsWith("2"))
                    .contains("401", "403");
            if (op.path().contains("{")) {
                assertThat(fields(responses)).as(op + " has path variables").contains("400", "404");
            }
            if (op.body().has("requestBody")) {
                assertThat(fields(responses)).as(op + " takes a body").contains("400", "413", "415");
            }
            responses.fields().forEachRemaining(answer -> {
                Set<String> mediaTypes = new HashSet<>(fields(answer.getValue().path("content")));
                assertThat(mediaTypes).as(op + " " + answer.getKey() + " names its media type")
                        .doesNotContain("*/*");
                if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                    assertThat(mediaTypes).as(op + " " + answer.getKey()).containsExactly("application/problem+json");
                }
            });
        }
    }

    @Test
    void everyWriteTakesAnIdempotencyKeyAndTheCommandsSayWhenTheyAreRefused() {
        for (Operation op : operations()) {
            if (!WRITES.contains(op.method())) {
                continue;
            }
            assertThat(op.body().path("parameters").findValuesAsText("name")).as(op.toString())
                    .contains("Idempotency-Key");
            assertThat(fields(op.body().path("responses"))).as(op.toString()).contains("422");
            if (op.path().startsWith("/api/municipalities/") && op.body().has("requestBody")) {
                assertThat(fields(op.body().path("responses"))).as(op + " is a command").contains("409");
            }
        }
    }

    @Test
    void writesThatCreateAResourceAnswer201WithItsLocation() {
        List<String> creating = new ArrayList<>();
        for (Operation op : operations()) {
            JsonNode created = op.body().path("responses").path("201");
            if (!created.isMissingNode()) {
                creating.add(op.body().path("operationId").asText());
                assertThat(created.path("headers").has("Location")).as(op.toString()).isTrue();
            }
        }
        assertThat(creating).contains("registerMunicipality", "registerUnit", "draftPlan", "defineCourse",
                "defineMeetingSeries", "registerKeyPerson", "signCheckpoint");
    }

    @Test
    void everyReferenceResolvesAndEverySchemaIsValidJsonSchema() {
        Matcher refs = Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"").matcher(api.toString());
        while (refs.find()) {
            assertThat(api.path("components").path("schemas").has(refs.group(1))).as(refs.group(0)).isTrue();
        }
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012));
        api.path("components").path("schemas").fields().forEachRemaining(schema ->
                assertThat(metaSchema.validate(schema.getValue())).as(schema.getKey()).isEmpty());
    }

    @Test
    void optionalPropertiesOfViewsMayBeNullAsTheyAreWritten() {
        JsonNode caseNumber = api.at("/components/schemas/PlanSummary/properties/caseNumber/type");
        assertThat(caseNumber.toString()).isEqualTo("[\"string\",\"null\"]");
        JsonNode required = api.at("/components/schemas/DraftRequest/properties/title/type");
        assertThat(required.asText()).as("required in a request: never null").isEqualTo("string");
    }

    private record Operation(String method, String path, JsonNode body) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()))));
        assertThat(operations).hasSizeGreaterThan(40);
        return operations;
    }

    private static List<String> fields(JsonNode node) {
        return StreamSupport.stream(((Iterable<Map.Entry<String, JsonNode>>) node::fields).spliterator(), false)
                .map(Map.Entry::getKey).toList();
    }
}
