package se.vinr.ledger.command.web;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The OpenAPI answer of a write that creates a resource: 201 with its Location (see {@link CommandSender#create}). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "201", description = "Created: the new resource's id and the version after the command",
        headers = @Header(name = "Location", description = "The new resource",
                schema = @Schema(type = "string", format = "uri")),
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = Accepted.class)))
public @interface Creates {
}
