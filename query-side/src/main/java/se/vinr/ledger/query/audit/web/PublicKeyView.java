package se.vinr.ledger.query.audit.web;

import io.swagger.v3.oas.annotations.media.Schema;

record PublicKeyView(
        @Schema(example = "Ed25519") String algorithm,
        @Schema(description = "SHA-256 (hex) of the key's X.509 encoding; checkpoints name their key by it")
        String keyId,
        @Schema(description = "The key's X.509 SubjectPublicKeyInfo, base64") String publicKey,
        @Schema(description = "The same as PEM") String pem) {
}
