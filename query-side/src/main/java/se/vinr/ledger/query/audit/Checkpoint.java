package se.vinr.ledger.query.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A municipality's chain head, signed: "after {@code chainIndex} events the chain's hash was {@code headHash}". The
 * signature is Ed25519 over the canonical JSON ({@link CanonicalJson}) of
 * {@code {"chainIndex", "headEventId", "headHash", "municipalityId", "signedAt"}}, {@code signedAt} as an ISO-8601 UTC
 * instant to the microsecond.
 */
public record Checkpoint(
        @Schema(example = "gotland") String municipalityId,
        @Schema(description = "How many events of the chain the checkpoint covers", example = "87") long chainIndex,
        String headEventId,
        @Schema(description = "The hash of the chain's event number chainIndex") String headHash,
        Instant signedAt,
        @Schema(description = "SHA-256 (hex) of the signing public key's X.509 encoding") String keyId,
        @Schema(description = "Ed25519 signature (base64) of the statement") String signature) {

    public Checkpoint {
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
    }

    Checkpoint withSignature(String signature) {
        return new Checkpoint(municipalityId, chainIndex, headEventId, headHash, signedAt, keyId, signature);
    }

    /** The bytes that are signed. */
    public byte[] statement() {
        return CanonicalJson.bytes(JsonNodeFactory.instance.objectNode()
                .put("municipalityId", municipalityId)
                .put("chainIndex", chainIndex)
                .put("headEventId", headEventId)
                .put("headHash", headHash)
                .put("signedAt", signedAt.toString()));
    }
}
