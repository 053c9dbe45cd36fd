package se.vinr.ledger.command.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.vinr.ledger.command.idempotency.IdempotencyKeys;
import se.vinr.ledger.web.openapi.ApiDescription;

/**
 * The command side's part of the OpenAPI description: every command may be refused by a rule or a stale
 * {@code If-Match} (409), and every POST or PUT of the API takes an {@code Idempotency-Key} (see
 * {@link IdempotencyKeys}).
 */
@Configuration(proxyBeanMethods = false)
class CommandApiDescription {

    @Bean
    GlobalOperationCustomizer commandRefusals() {
        return (operation, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("se.vinr.ledger.command")
                    && operation.getRequestBody() != null) {
                ApiDescription.addProblem(operation.getResponses(), "409",
                        "Refused: a business rule, a stale If-Match version, or a concurrent write to the same resource");
            }
            return operation;
        };
    }

    @Bean
    GlobalOpenApiCustomizer idempotencyKeyHeader() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Operation operation : new Operation[]{item.getPost(), item.getPut()}) {
                if (operation == null) {
                    continue;
                }
                operation.addParametersItem(new Parameter().in("header").name(IdempotencyKeys.HEADER).required(false)
                        .description("A key of the client's choosing (1-200 letters, digits or . _ : -): a repeat "
                                + "with the same key and request gets the first answer and stores nothing")
                        .schema(new StringSchema().pattern(IdempotencyKeys.KEY_PATTERN)));
                ApiDescription.addProblem(operation.getResponses(), "422",
                        "The Idempotency-Key was used before for a different request");
                operation.getResponses().forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        response.addHeaderObject(IdempotencyKeys.REPLAYED, new Header()
                                .description("true when this is the stored answer to an earlier request with the "
                                        + "same Idempotency-Key").schema(new StringSchema()));
                    }
                });
            }
        });
    }
}
