package se.vinr.ledger.query.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import se.vinr.ledger.web.problem.Problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The error answers (OpenAPI) of a view of one municipality: a malformed parameter, an unknown municipality. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "Malformed municipality id, date or instant",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "Unknown municipality",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public @interface MunicipalityViewResponses {
}
