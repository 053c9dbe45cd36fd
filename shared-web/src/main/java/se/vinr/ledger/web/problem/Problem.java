package se.vinr.ledger.web.problem;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem, served as {@code application/problem+json}. */
@Schema(description = "An error (RFC 9457 problem details)")
public record Problem(
        @Schema(example = "urn:vinr:problem:not-found") String type,
        @Schema(example = "Plan not found") String title,
        @Schema(example = "404") int status,
        String detail,
        @Schema(description = "The offending request fields; empty unless the request was invalid")
        List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
