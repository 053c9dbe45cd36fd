package se.vinr.ledger.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

public record AuditEventPage(
        @Schema(description = "The events in log order") List<AuditEvent> events,
        @Schema(description = "Cursor of the next page (pass it as ?after=); null on the last page. Events appended "
                + "later come after it, so following the cursors never skips or repeats an event", example = "1042")
        String next) {
}
