package se.vinr.ledger.query.audit;

import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.common.CourseCode;
import se.vinr.ledger.events.common.MetadataKeys;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.events.training.CourseDefined;
import se.vinr.ledger.query.ReadModelTest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.vinr.ledger.query.audit.AuditEvents.RECORDED;
import static se.vinr.ledger.query.audit.AuditEvents.at;
import static se.vinr.ledger.query.audit.AuditEvents.event;

class AuditProjectionTest extends ReadModelTest {

    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");
    private static final MunicipalityId GOTEBORG = new MunicipalityId("goteborg");
    private static final CourseDefined COURSE = new CourseDefined(GOTLAND, new CourseCode("nck-webbkurs"),
            "Webbkurs om våld", "NCK \"Uppsala\"", new BigDecimal("500.00"));

    @Autowired
    private AuditProjection projection;
    @Autowired
    private AuditLog auditLog;

    @BeforeEach
    void emptyLog() {
        projection.reset();
    }

    @Test
    void anEventIsLoggedWithItsMetadataAndHashedOverItsCanonicalJson() throws Exception {
        projection.on(event("e-1", COURSE, "Course", "gotland/course/nck-webbkurs", 0, RECORDED, "anna", "req-1")
                .andMetaData(Map.of(MetadataKeys.MUNICIPALITY_ID, "gotland")), at(41));

        AuditEvent logged = auditLog.head("gotland").orElseThrow();
        String canonical = "{\"aggregateId\":\"gotland/course/nck-webbkurs\",\"aggregateType\":\"Course\","
                + "\"eventId\":\"e-1\",\"metadata\":{\"correlationId\":\"req-1\",\"municipalityId\":\"gotland\","
                + "\"userId\":\"anna\"},\"payload\":{\"courseCode\":\"nck-webbkurs\",\"municipalityId\":\"gotland\","
                + "\"provider\":\"NCK \\\"Uppsala\\\"\",\"stimulusPerCertificateSek\":500,"
                + "\"title\":\"Webbkurs om våld\"},\"recordedAt\":\"2023-05-15T08:30:00.123456Z\",\"revision\":null,"
                + "\"sequence\":0,\"type\":\"CourseDefined\"}";
        assertThat(logged.hash())
                .isEqualTo(sha256("0".repeat(64) + canonical))
                .isEqualTo("9baf2583267f0983584c6541dbf53e38f78bff096d786e64bcda5210c583a990");
        assertThat(logged).isEqualTo(new AuditEvent(1, 41, "gotland", 1, "e-1", "CourseDefined", null, "Course",
                "gotland/course/nck-webbkurs", 0L, RECORDED, null, "anna", "req-1",
                "{\"courseCode\":\"nck-webbkurs\",\"municipalityId\":\"gotland\",\"provider\":\"NCK \\\"Uppsala\\\"\","
                        + "\"stimulusPerCertificateSek\":500,\"title\":\"Webbkurs om våld\"}",
                "{\"correlationId\":\"req-1\",\"municipalityId\":\"gotland\",\"userId\":\"anna\"}",
                HashChain.GENESIS, logged.hash()));
    }

    @Test
    void eachMunicipalityHasItsOwnChainInHandlingOrderWhateverTheGlobalIndex() {
        projection.on(event("e-1", registered(GOTLAND), "Municipality", "gotland", 0, RECORDED, "anna", "r1"), at(10));
        projection.on(event("e-2", registered(GOTEBORG), "Municipality", "goteborg", 0, RECORDED, "bo", "r2"), at(12));
        // committed after e-2 although its global index is lower: handled, and chained, after it
        projection.on(event("e-3", headcount(GOTLAND, "2023-04-30"), "Municipality", "gotland", 1, RECORDED, "anna",
                "r3"), at(11));

        List<AuditEvent> log = auditLog.select(AuditFilter.municipality("gotland"), 0, 10);
        assertThat(log).extracting(AuditEvent::position, AuditEvent::globalIndex, AuditEvent::chainIndex)
                .containsExactly(tuple(1L, 10L, 1L),
                        tuple(3L, 11L, 2L));
        assertThat(log.get(1).previousHash()).isEqualTo(log.get(0).hash());
        assertThat(log.get(1).hash()).isEqualTo(HashChain.next(log.get(0).hash(), log.get(1).content()));
        assertThat(log.get(1).businessDate()).isEqualTo(LocalDate.parse("2023-04-30"));
        AuditEvent goteborg = auditLog.head("goteborg").orElseThrow();
        assertThat(goteborg.chainIndex()).isEqualTo(1);
        assertThat(goteborg.previousHash()).isEqualTo(HashChain.GENESIS);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        var first = event("e-1", registered(GOTLAND), "Municipality", "gotland", 0, RECORDED, "anna", "r1");
        projection.on(first, at(1));
        projection.on(event("e-2", headcount(GOTLAND, "2023-04-30"), "Municipality", "gotland", 1, RECORDED, "anna",
                "r2"), at(2));
        AuditEvent head = auditLog.head("gotland").orElseThrow();

        projection.on(first, at(1));

        assertThat(count("rm_audit_event")).isEqualTo(2);
        assertThat(auditLog.head("gotland")).contains(head);
    }

    @Test
    void theMunicipalityComesFromTheMetadataWhenThePayloadNamesNone() {
        projection.on(GenericEventMessage.asEventMessage("a note")
                .andMetaData(Map.of(MetadataKeys.MUNICIPALITY_ID, "gotland")), at(5));
        projection.on(GenericEventMessage.asEventMessage("nobody's note"), at(6));

        assertThat(count("rm_audit_event")).isEqualTo(1);
        AuditEvent note = auditLog.head("gotland").orElseThrow();
        assertThat(note.type()).isEqualTo("String");
        assertThat(note.aggregateId()).isNull();
        assertThat(note.payload()).isEqualTo("\"a note\"");
    }

    @Test
    void resetEmptiesTheLog() {
        projection.on(event("e-1", registered(GOTLAND), "Municipality", "gotland", 0, RECORDED, "anna", "r1"), at(1));

        projection.reset();

        assertThat(count("rm_audit_event")).isZero();
        assertThat(count("rm_audit_chain")).isZero();
    }

    static MunicipalityRegistered registered(MunicipalityId municipalityId) {
        return new MunicipalityRegistered(municipalityId, "Kommun " + municipalityId, "0980");
    }

    static HeadcountReported headcount(MunicipalityId municipalityId, String asOf) {
        return new HeadcountReported(municipalityId, new UnitId("hemtjansten"), 40, LocalDate.parse(asOf));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
