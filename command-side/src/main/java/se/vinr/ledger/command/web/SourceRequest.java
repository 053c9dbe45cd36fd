package se.vinr.ledger.command.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.vinr.ledger.events.common.Source;

/** The optional {@code source} of every write: the document and passage the recorded fact comes from. */
public record SourceRequest(@NotBlank @Size(max = 300) String document, @Size(max = 2000) String passage) {

    public static Source toSource(SourceRequest request) {
        return request == null ? null : new Source(request.document(), request.passage());
    }
}
