package se.vinr.ledger.standalone.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.springframework.http.HttpMethod;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI description taken as a contract, as a generated client or a contract tester takes it: an
 * answer of a described operation must have a described status, a described media type and, for JSON, a body the
 * described schema accepts. Requests outside the description (unknown paths, other methods) are not checked.
 */
final class OpenApiContract {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonNode description;
    private final Map<Pattern, String> templates = new ConcurrentHashMap<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    OpenApiContract(JsonNode description) {
        this.description = description;
        description.path("paths").fieldNames().forEachRemaining(template -> templates.put(
                Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")), template));
    }

    void check(HttpMethod method, String uri, ApiTest.Response response) {
        String path = uri.replaceFirst("[?#].*", "");
        Optional<String> template = templateOf(path);
        if (template.isEmpty()) {
            return;
        }
        JsonNode operation = description.path("paths").path(template.get()).path(method.name().toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return;
        }
        String what = method + " " + template.get() + " answered " + response.status();
        JsonNode answer = operation.path("responses").path(String.valueOf(response.status()));
        assertThat(answer.isMissingNode()).as(what + ", a status its OpenAPI description does not list: "
                + response.raw()).isFalse();
        if (response.raw() == null || response.raw().isEmpty()) {
            return;
        }
        String mediaType = response.contentType();
        JsonNode content = answer.path("content").path(String.valueOf(mediaType));
        assertThat(content.isMissingNode()).as(what + " as " + mediaType + ", which its OpenAPI description lists "
                + "only as " + fieldNames(answer.path("content"))).isFalse();
        if (mediaType.endsWith("json") && content.has("schema") && !response.body().isMissingNode()) {
            JsonSchema schema = compiled.computeIfAbsent(what + " " + mediaType, key -> compile(content.get("schema")));
            Set<ValidationMessage> violations = schema.validate(response.body());
            assertThat(violations).as(what + ", a body its OpenAPI description does not allow (%s): %s",
                    violations, abbreviate(response.raw())).isEmpty();
        }
    }

    /** The most literal template matching the path: {@code /plans/{planId}} loses to a literal segment. */
    private Optional<String> templateOf(String path) {
        return templates.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(path).matches())
                .map(Map.Entry::getValue)
                .min(Comparator.comparingLong((String template) -> template.chars().filter(c -> c == '{').count()));
    }

    /** The schema with the description's components beside it, where its {@code #/components/...} refs point. */
    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = schema.deepCopy();
        root.set("components", description.path("components"));
        return SCHEMAS.getSchema(root);
    }

    private static String fieldNames(JsonNode node) {
        return String.join(", ", StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false)
                .toList());
    }

    private static String abbreviate(String raw) {
        return raw.length() <= 2000 ? raw : raw.substring(0, 2000) + "…";
    }
}
