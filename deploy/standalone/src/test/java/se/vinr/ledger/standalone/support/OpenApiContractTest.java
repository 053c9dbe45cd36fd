package se.vinr.ledger.standalone.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract check every HTTP specification runs: it fails on what a contract tester would report. */
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiContract contract = new OpenApiContract(parse("""
            {"paths": {
               "/api/things/{id}": {"get": {"responses": {
                 "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
               "/api/things/latest": {"get": {"responses": {"204": {}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id"],
               "properties": {"id": {"type": "string"}, "size": {"type": ["integer", "null"]}}}}}}
            """));

    @Test
    void anAnswerAsDescribedPasses() {
        assertThatCode(() -> contract.check(HttpMethod.GET, "/api/things/a?asOf=2024-01-01",
                answer(200, "application/json", "{\"id\": \"a\", \"size\": null}"))).doesNotThrowAnyException();
        assertThatCode(() -> contract.check(HttpMethod.GET, "/api/things/latest", answer(204, null, "")))
                .as("the literal path wins over the template").doesNotThrowAnyException();
        assertThatCode(() -> contract.check(HttpMethod.DELETE, "/api/things/a", answer(405, null, "")))
                .as("not described: not checked").doesNotThrowAnyException();
    }

    @Test
    void aStatusTheDescriptionDoesNotListFails() {
        assertThatThrownBy(() -> contract.check(HttpMethod.GET, "/api/things/a", answer(500, "application/json", "{}")))
                .hasMessageContaining("a status its OpenAPI description does not list");
    }

    @Test
    void anotherMediaTypeFails() {
        assertThatThrownBy(() -> contract.check(HttpMethod.GET, "/api/things/a",
                answer(404, "application/json", "{}"))).hasMessageContaining("lists only as application/problem+json");
    }

    @Test
    void aBodyTheSchemaRejectsFails() {
        assertThatThrownBy(() -> contract.check(HttpMethod.GET, "/api/things/a",
                answer(200, "application/json", "{\"size\": \"big\"}")))
                .hasMessageContaining("a body its OpenAPI description does not allow")
                .hasMessageContaining("id").hasMessageContaining("size");
    }

    private static ApiTest.Response answer(int status, String contentType, String raw) {
        HttpHeaders headers = new HttpHeaders();
        if (contentType != null) {
            headers.add(HttpHeaders.CONTENT_TYPE, contentType);
        }
        return new ApiTest.Response(status, headers, raw, raw.isEmpty() ? JSON.missingNode() : parse(raw));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
