package se.vinr.ledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an audit bundle ({@link AuditExports#writeBundle}) with nothing but the bundle: recomputes every event's
 * hash from its line, follows the chain, and checks every checkpoint's signature and hash. The last checkpoint
 * must sign the last event, so nothing can be appended or cut off unnoticed.
 */
public final class BundleVerifier {

    private BundleVerifier() {
    }

    /** The verdict; {@code problem} names the first bad event (or checkpoint), null when the bundle holds. */
    public record Result(boolean ok, long events, String headHash, int checkpoints, String keyId, Problem problem) {
    }

    /** Where it breaks: the event's line in events.ndjson, its id and places, and what is wrong. */
    public record Problem(long line, String eventId, Long chainIndex, Long globalIndex, String message) {

        @Override
        public String toString() {
            return eventId == null ? message
                    : "event " + eventId + " (line " + line + ", chain index " + chainIndex + ", global index "
                    + globalIndex + "): " + message;
        }
    }

    public static Result verify(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
            PublicKey key = SigningKey.readPublicKey(new String(read(zip, AuditExports.PUBLIC_KEY),
                    StandardCharsets.US_ASCII));
            String keyId = SigningKey.keyId(key);
            NavigableMap<Long, Checkpoint> checkpoints = new TreeMap<>();
            long number = 0;
            for (String line : lines(zip, AuditExports.CHECKPOINTS)) {
                number++;
                Checkpoint checkpoint;
                try {
                    checkpoint = checkpoint(CanonicalJson.read(line));
                } catch (RuntimeException e) {
                    return broken(keyId, checkpoints.size(), new Problem(number, null, null, null, "line " + number
                            + " of " + AuditExports.CHECKPOINTS + " is not a checkpoint"));
                }
                boolean sameMunicipality = checkpoints.isEmpty()
                        || checkpoints.firstEntry().getValue().municipalityId().equals(checkpoint.municipalityId());
                if (!sameMunicipality || !checkpoint.keyId().equals(keyId)
                        || !SigningKey.verify(key, checkpoint.statement(), checkpoint.signature())) {
                    return broken(keyId, checkpoints.size(), new Problem(number, null, checkpoint.chainIndex(), null,
                            "checkpoint " + checkpoint.chainIndex() + " (line " + number + " of "
                                    + AuditExports.CHECKPOINTS + ") is not signed by the bundle's key"));
                }
                checkpoints.put(checkpoint.chainIndex(), checkpoint);
            }
            return new Chain(keyId, checkpoints).verify(zip);
        }
    }

    private static final class Chain {

        private final String keyId;
        private final NavigableMap<Long, Checkpoint> checkpoints;
        private final String municipalityId;
        private String previous = HashChain.GENESIS;
        private long count;

        Chain(String keyId, NavigableMap<Long, Checkpoint> checkpoints) {
            this.keyId = keyId;
            this.checkpoints = checkpoints;
            this.municipalityId = checkpoints.isEmpty() ? "" : checkpoints.firstEntry().getValue().municipalityId();
        }

        Result verify(ZipFile zip) throws IOException {
            try (BufferedReader reader = reader(zip, AuditExports.EVENTS)) {
                for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                    Problem problem = check(count + 1, text);
                    if (problem != null) {
                        return broken(keyId, checkpoints.size(), problem);
                    }
                    count++;
                }
            }
            long lastSigned = checkpoints.isEmpty() ? 0 : checkpoints.lastKey();
            if (lastSigned != count) {
                return broken(keyId, checkpoints.size(), new Problem(count, null, lastSigned, null, "the last "
                        + "checkpoint signs chain index " + lastSigned + " but the bundle has " + count + " events"));
            }
            return new Result(true, count, previous, checkpoints.size(), keyId, null);
        }

        private Problem check(long line, String text) {
            JsonNode event;
            try {
                event = CanonicalJson.read(text);
            } catch (RuntimeException e) {
                return new Problem(line, null, null, null, "line " + line + " of " + AuditExports.EVENTS
                        + " is not valid JSON");
            }
            if (event.path("chainIndex").asLong() != line) {
                return at(line, event, "is out of place: line " + line + " of " + AuditExports.EVENTS
                        + "; an event is missing, duplicated or moved");
            }
            if (!municipalityId.equals(event.path("municipalityId").asText())) {
                return at(line, event, "belongs to " + event.path("municipalityId").asText() + ", the checkpoints "
                        + "to " + municipalityId);
            }
            if (!previous.equals(event.path("previousHash").asText())) {
                return at(line, event, "its previousHash is not the hash of the event before it");
            }
            String hash;
            try {
                hash = HashChain.next(previous, content(event));
            } catch (RuntimeException e) {
                return at(line, event, "cannot be read: " + e.getMessage());
            }
            if (!hash.equals(event.path("hash").asText())) {
                return at(line, event, "its content does not match its hash: it was altered after it was chained");
            }
            Checkpoint checkpoint = checkpoints.get(line);
            if (checkpoint != null && !(checkpoint.headHash().equals(hash)
                    && checkpoint.headEventId().equals(event.path("eventId").asText()))) {
                return at(line, event, "checkpoint " + line + " signed " + checkpoint.signedAt()
                        + " says the chain's hash here was " + checkpoint.headHash());
            }
            previous = hash;
            return null;
        }

        private static Problem at(long line, JsonNode event, String message) {
            return new Problem(line, event.path("eventId").asText(null), event.path("chainIndex").asLong(),
                    event.path("globalIndex").asLong(), message);
        }
    }

    private static ChainedContent content(JsonNode event) {
        return new ChainedContent(event.path("eventId").asText(), event.path("type").asText(),
                text(event, "revision"), text(event, "aggregateType"), text(event, "aggregateId"),
                event.path("sequence").isNull() || event.path("sequence").isMissingNode() ? null
                        : event.path("sequence").asLong(),
                Instant.parse(event.path("recordedAt").asText()), event.path("payload"), event.path("metadata"));
    }

    private static Checkpoint checkpoint(JsonNode line) {
        return new Checkpoint(text(line, "municipalityId"), line.path("chainIndex").asLong(),
                text(line, "headEventId"), text(line, "headHash"), Instant.parse(line.path("signedAt").asText()),
                text(line, "keyId"), text(line, "signature"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static Result broken(String keyId, int checkpoints, Problem problem) {
        return new Result(false, 0, null, checkpoints, keyId, problem);
    }

    private static List<String> lines(ZipFile zip, String name) throws IOException {
        try (BufferedReader reader = reader(zip, name)) {
            return reader.lines().toList();
        }
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(entry(zip, name))) {
            return in.readAllBytes();
        }
    }

    private static BufferedReader reader(ZipFile zip, String name) throws IOException {
        return new BufferedReader(new InputStreamReader(zip.getInputStream(entry(zip, name)), StandardCharsets.UTF_8));
    }

    private static ZipEntry entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("not an audit bundle: it has no " + name);
        }
        return entry;
    }
}
