package se.vinr.ledger.events.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a recorded fact comes from: the document (e.g. {@code goteborg-plan-2021-2024-arende.txt} or "Protokoll SN
 * Centrum 2021-02-23") and the passage in it, so an auditor can trace every item back. Carried as metadata of the
 * events a command causes ({@link MetadataKeys#SOURCE_DOCUMENT}, {@link MetadataKeys#SOURCE_PASSAGE}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String document, String passage) {
}
