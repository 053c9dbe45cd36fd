package se.vinr.ledger.query.web;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import se.vinr.ledger.query.projection.ProjectionRebuildingException;
import se.vinr.ledger.query.projection.ReadsProjections;
import se.vinr.ledger.web.openapi.ApiDescription;

/** The query side's part of the OpenAPI description: a view answers 503 while a projection it reads is rebuilt. */
@Configuration(proxyBeanMethods = false)
class QueryApiDescription {

    @Bean
    GlobalOperationCustomizer rebuildingViews() {
        return (operation, handler) -> {
            if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ReadsProjections.class)) {
                ApiDescription.addProblem(operation.getResponses(), "503",
                        "A projection this view reads is being rebuilt: retry after the seconds in Retry-After");
                operation.getResponses().get("503").addHeaderObject("Retry-After", new Header()
                        .description("Seconds to wait (" + ProjectionRebuildingException.RETRY_AFTER_SECONDS + ")")
                        .schema(new IntegerSchema()));
            }
            return operation;
        };
    }
}
