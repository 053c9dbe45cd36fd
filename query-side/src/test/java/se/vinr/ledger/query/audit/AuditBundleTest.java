package se.vinr.ledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.ReadModelTest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.ledger.query.audit.AuditEvents.RECORDED;
import static se.vinr.ledger.query.audit.AuditEvents.at;
import static se.vinr.ledger.query.audit.AuditEvents.event;
import static se.vinr.ledger.query.audit.AuditProjectionTest.headcount;
import static se.vinr.ledger.query.audit.AuditProjectionTest.registered;

/** The bundle checked with nothing but the bundle, whole and in the ways it can be doctored. */
@TestPropertySource(properties = "vinr.audit.signing-key=" + AuditEvents.SIGNING_KEY)
class AuditBundleTest extends ReadModelTest {

    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");

    @Autowired
    private AuditProjection projection;
    @Autowired
    private AuditExports exports;
    @TempDir
    Path dir;
    private Path bundle;
    private List<String> events;

    @BeforeEach
    void gotlandBundle() throws IOException {
        projection.reset();
        jdbc.sql("DELETE FROM rm_audit_checkpoint").update();
        projection.on(event("e-1", registered(GOTLAND), "Municipality", "gotland", 0, RECORDED, "anna", "r1"), at(1));
        projection.on(event("e-2", headcount(GOTLAND, "2023-01-31"), "Municipality", "gotland", 1, RECORDED, "anna",
                "r2"), at(2));
        projection.on(event("e-3", headcount(GOTLAND, "2023-04-30"), "Municipality", "gotland", 2, RECORDED, "anna",
                "r3"), at(3));
        bundle = dir.resolve("gotland.zip");
        try (OutputStream out = Files.newOutputStream(bundle)) {
            exports.writeBundle("gotland", out);
        }
        events = List.of(read(AuditExports.EVENTS).split("\n"));
    }

    @Test
    void anIntactBundleHolds() throws IOException {
        BundleVerifier.Result result = BundleVerifier.verify(bundle);

        assertThat(result.ok()).as("%s", result.problem()).isTrue();
        assertThat(result.events()).isEqualTo(3);
        assertThat(result.checkpoints()).isEqualTo(1);
        assertThat(result.headHash()).isEqualTo(CanonicalJson.read(events.get(2)).path("hash").asText());
        assertThat(read(AuditExports.README)).contains("gotland: 3 events");
    }

    @Test
    void aCutOffTailIsNoticedByTheLastCheckpoint() throws IOException {
        BundleVerifier.Result result = verify(AuditExports.EVENTS, lines(events.subList(0, 2)));

        assertThat(result.ok()).isFalse();
        assertThat(result.problem().message()).contains("signs chain index 3 but the bundle has 2 events");
    }

    @Test
    void eventsInAnotherOrderAreOutOfPlace() throws IOException {
        BundleVerifier.Result result = verify(AuditExports.EVENTS,
                lines(List.of(events.get(0), events.get(2), events.get(1))));

        assertThat(result.problem()).extracting(BundleVerifier.Problem::line, BundleVerifier.Problem::eventId)
                .containsExactly(2L, "e-3");
    }

    @Test
    void aChainRecomputedAfterAnAlterationIsBetrayedByTheCheckpoint() throws IOException {
        List<String> forged = new ArrayList<>(events);
        String previous = CanonicalJson.read(events.get(0)).path("hash").asText();
        for (int line = 1; line < 3; line++) {
            ObjectNode event = (ObjectNode) CanonicalJson.read(events.get(line));
            if (line == 1) {
                ((ObjectNode) event.path("payload")).put("headcount", 4);
            }
            event.put("previousHash", previous);
            previous = HashChain.next(previous, content(event));
            event.put("hash", previous);
            forged.set(line, event.toString());
        }

        BundleVerifier.Result result = verify(AuditExports.EVENTS, lines(forged));

        assertThat(result.problem()).extracting(BundleVerifier.Problem::line, BundleVerifier.Problem::eventId)
                .containsExactly(3L, "e-3");
        assertThat(result.problem().message()).contains("checkpoint 3");
    }

    @Test
    void checkpointsSignedByAnotherKeyThanTheBundlesAreRefused() throws Exception {
        String otherKey = "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        BundleVerifier.Result result = verify(AuditExports.PUBLIC_KEY, otherKey);

        assertThat(result.ok()).isFalse();
        assertThat(result.problem().message()).contains("checkpoint 3", "not signed by the bundle's key");
    }

    private static ChainedContent content(JsonNode event) {
        return new ChainedContent(event.path("eventId").asText(), event.path("type").asText(), null,
                event.path("aggregateType").asText(), event.path("aggregateId").asText(),
                event.path("sequence").asLong(), Instant.parse(event.path("recordedAt").asText()),
                event.path("payload"), event.path("metadata"));
    }

    private static String lines(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The bundle with one entry replaced, verified. */
    private BundleVerifier.Result verify(String entry, String content) throws IOException {
        Path doctored = Files.copy(bundle, dir.resolve("doctored.zip"), StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem zip = FileSystems.newFileSystem(doctored)) {
            Files.writeString(zip.getPath(entry), content);
        }
        return BundleVerifier.verify(doctored);
    }

    private String read(String entry) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(bundle)) {
            return Files.readString(zip.getPath(entry));
        }
    }
}
