package se.vinr.ledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The audit log written out whole: as NDJSON (one event per line) and as the bundle an auditor verifies offline.
 * Both stream from a database cursor, so their size is not bounded by memory.
 */
@Component
public class AuditExports {

    public static final String EVENTS = "events.ndjson";
    public static final String CHECKPOINTS = "checkpoints.ndjson";
    public static final String PUBLIC_KEY = "public-key.pem";
    public static final String README = "README.txt";
    private static final int BUFFER = 64 * 1024;

    private final AuditLog auditLog;
    private final Checkpoints checkpoints;
    private final CheckpointSigner signer;
    private final SigningKey key;
    private final ObjectMapper objectMapper;

    AuditExports(AuditLog auditLog, Checkpoints checkpoints, CheckpointSigner signer, SigningKey key,
                 ObjectMapper objectMapper) {
        this.auditLog = auditLog;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.key = key;
        this.objectMapper = objectMapper;
    }

    /** Checks what can be checked before the first byte is written: an unknown municipality is 404, not a cut body. */
    public void requireKnown(String municipalityId) {
        auditLog.requireKnown(municipalityId);
    }

    /** Every selected event after the cursor, up to the end of the log as it is now, one JSON object per line. */
    public void writeNdjson(AuditFilter filter, long after, OutputStream out) throws IOException {
        long until = auditLog.lastPosition();
        OutputStream buffer = new BufferedOutputStream(out, BUFFER);
        auditLog.stream(filter, after, until, event -> writeLine(event, buffer));
        buffer.flush();
    }

    /**
     * The municipality's bundle: its events, its checkpoints (the current head is signed first, so the last
     * checkpoint covers the last event), the public key, and how to check them.
     */
    public void writeBundle(String municipalityId, OutputStream out) throws IOException {
        Checkpoint head = signer.sign(municipalityId).checkpoint();
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, BUFFER), StandardCharsets.UTF_8);
        entry(zip, README, readme(municipalityId, head).getBytes(StandardCharsets.UTF_8));
        entry(zip, PUBLIC_KEY, key.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
        zip.putNextEntry(new ZipEntry(CHECKPOINTS));
        for (Checkpoint checkpoint : checkpoints.of(municipalityId, head.chainIndex())) {
            writeLine(checkpoint, zip);
        }
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(EVENTS));
        auditLog.stream(AuditFilter.municipality(municipalityId), 0, auditLog.lastPosition(), event -> {
            if (event.chainIndex() <= head.chainIndex()) {
                writeLine(event, zip);
            }
        });
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private void writeLine(Object value, OutputStream out) {
        try {
            out.write(objectMapper.writeValueAsBytes(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String readme(String municipalityId, Checkpoint head) {
        return """
                Audit bundle of %s: %d events, chain head %s, signed %s.

                Check it (needs Java 17 and nothing else but this file):
                    java -jar vinr-ledger.jar verify THIS-FILE.zip
                and compare the key id it prints with GET /api/audit/public-key of the service (%s).

                %-18s every event, one JSON object per line, in chain order
                %-18s signed checkpoints {municipalityId, chainIndex, headEventId, headHash,
                                   signedAt, keyId, signature}; the last one signs the last event
                %-18s the Ed25519 public key (X.509); its key id is the SHA-256 of its DER bytes

                The chain: hash = SHA-256(previousHash + canonicalJson(event)), previousHash as 64 lower-case hex
                characters (64 zeros before the first event), canonicalJson(event) the canonical JSON of
                {aggregateId, aggregateType, eventId, metadata, payload, recordedAt, revision, sequence, type}
                taken from the event's line. Canonical JSON: object members sorted by name, no whitespace,
                numbers in plain notation without trailing zeros, strings escaped only where JSON requires
                (control characters as \\u00XX with upper-case hex), UTF-8. With a shell, for one event:
                    printf '%%s%%s' "$previousHash" "$canonicalJson" | sha256sum
                A checkpoint's signature is Ed25519 over the canonical JSON of
                {chainIndex, headEventId, headHash, municipalityId, signedAt}.
                """.formatted(municipalityId, head.chainIndex(), head.headHash(), head.signedAt(), head.keyId(),
                EVENTS, CHECKPOINTS, PUBLIC_KEY);
    }
}
