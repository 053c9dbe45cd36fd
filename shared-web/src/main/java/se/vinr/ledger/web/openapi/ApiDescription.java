package se.vinr.ledger.web.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import se.vinr.ledger.web.problem.Problem;
import se.vinr.ledger.web.security.VinrSecurityProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the served description says beyond what springdoc reads from the controllers, so that generated clients and
 * contract testers see the API as it behaves: how to authenticate, the problems the security, validation and size
 * limits answer for every endpoint, JSON as the media type of answers, and optional properties that are written as
 * {@code null} typed so (every property of a view is written, absent values as null).
 */
public class ApiDescription implements OpenApiCustomizer {

    public static final String PROBLEM_JSON = "application/problem+json";

    private final VinrSecurityProperties.Mode mode;

    public ApiDescription(VinrSecurityProperties.Mode mode) {
        this.mode = mode;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title("VINR Ledger API").version("1")
                        .description("Plans against violence in close relationships (våld i nära relationer) of "
                                + "Swedish municipalities, their follow-up and their audit history. Writes are "
                                + "commands answered with the resource's id and version; reads take asOf (business "
                                + "date) and knownAt (recording instant). Errors are RFC 9457 problems."))
                // relative: right behind a reverse proxy as well as on the service itself
                .servers(List.of(new Server().url("/").description("The service this description was read from")));
        String scheme = mode == VinrSecurityProperties.Mode.JWT ? "bearerAuth" : "basicAuth";
        api.getComponents().addSecuritySchemes(scheme, mode == VinrSecurityProperties.Mode.JWT
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A token of the configured issuer whose claims grant roles per municipality")
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A user of the service's configuration (vinr.security.users)"));
        api.setSecurity(List.of(new SecurityRequirement().addList(scheme)));
        boolean openapi31 = api.getSpecVersion() == SpecVersion.V31;
        ModelConverters.getInstance(openapi31).readAll(new AnnotatedType(Problem.class))
                .forEach(api.getComponents()::addSchemas);
        api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperationsMap().forEach((method, operation) -> describeAnswers(method, operation));
            }
        });
        api.getComponents().getSchemas().values().forEach(ApiDescription::allowNullWhereOptional);
    }

    private static void describeAnswers(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        addProblem(responses, "401", "No credentials, or wrong ones");
        addProblem(responses, "403", "The caller's roles do not allow this here");
        if (hasBody || !parameters.isEmpty()) {
            addProblem(responses, "400", "Malformed or invalid request: the problem's errors name each field");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            addProblem(responses, "404", "No such municipality or resource");
        }
        if (hasBody) {
            addProblem(responses, "413", "Request body over the size limit");
            addProblem(responses, "415", "Request body not of the media type the endpoint takes");
        }
        responses.forEach((code, response) -> asJson(code, response));
    }

    /** Adds a problem answer unless the endpoint describes its own. */
    public static void addProblem(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description).content(new Content()
                    .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

    /** springdoc says {@code *}/{@code *} where a controller does not narrow what it produces: it is JSON. */
    private static void asJson(String code, ApiResponse response) {
        Content content = response.getContent();
        if (content == null || !content.containsKey("*/*")) {
            return;
        }
        MediaType any = content.remove("*/*");
        content.putIfAbsent(code.startsWith("2") ? "application/json" : PROBLEM_JSON, any);
    }

    /** An optional property (not in the schema's required list) may be written as null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void allowNullWhereOptional(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> nullable = new LinkedHashMap<>();
        properties.forEach((name, property) -> nullable.put(name,
                required.contains(name) ? property : orNull(property)));
        schema.setProperties(nullable);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema orNull(Schema property) {
        if (property.get$ref() != null) {
            // nothing can stand beside a reference to widen it: either the referenced schema or null
            ComposedSchema either = new ComposedSchema();
            either.setAnyOf(List.of(new Schema<>().$ref(property.get$ref()), nullSchema()));
            either.setDescription(property.getDescription());
            return either;
        }
        if (property.getTypes() == null && property.getType() == null) {
            return property; // untyped: takes null already
        }
        if (property.getTypes() != null) {
            property.addType("null");
        } else {
            property.setNullable(true);
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    private static Schema<Object> nullSchema() {
        Schema<Object> schema = new Schema<>();
        schema.addType("null");
        return schema;
    }
}
