package se.vinr.ledger.query.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Each municipality's events form a chain: {@code hash = SHA-256(previousHash ‖ canonicalJson(event))}, where
 * {@code previousHash} is the previous event's hash as 64 lower-case hex characters (64 zeros before the first
 * event), {@code canonicalJson(event)} is {@link ChainedContent#canonicalJson()}, both UTF-8, and the result is
 * written as 64 lower-case hex characters. With a shell: {@code printf '%s%s' "$previous" "$json" | sha256sum}.
 * Altering, removing or inserting an event changes every hash after it; a signed head hash pins them all.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {
    }

    public static String next(String previousHash, ChainedContent content) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update(content.canonicalJson());
        return HEX.formatHex(sha256.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
