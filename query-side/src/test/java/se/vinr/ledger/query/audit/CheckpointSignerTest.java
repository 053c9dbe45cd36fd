package se.vinr.ledger.query.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.ReadModelTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.vinr.ledger.query.audit.AuditEvents.RECORDED;
import static se.vinr.ledger.query.audit.AuditEvents.at;
import static se.vinr.ledger.query.audit.AuditEvents.event;
import static se.vinr.ledger.query.audit.AuditProjectionTest.headcount;
import static se.vinr.ledger.query.audit.AuditProjectionTest.registered;

@TestPropertySource(properties = "vinr.audit.signing-key=" + AuditEvents.SIGNING_KEY)
class CheckpointSignerTest extends ReadModelTest {

    @Autowired
    private AuditProjection projection;
    @Autowired
    private CheckpointSigner signer;
    @Autowired
    private SigningKey key;

    @BeforeEach
    void twoMunicipalities() {
        projection.reset();
        jdbc.sql("DELETE FROM rm_audit_checkpoint").update();
        projection.on(event("e-1", registered(new MunicipalityId("gotland")), "Municipality", "gotland", 0, RECORDED,
                "anna", "r1"), at(1));
        projection.on(event("e-2", registered(new MunicipalityId("goteborg")), "Municipality", "goteborg", 0,
                RECORDED, "bo", "r2"), at(2));
    }

    @Test
    void theDailyRunSignsEveryHeadThatMovedAndOnlyThose() {
        signer.daily();
        signer.daily();
        assertThat(count("rm_audit_checkpoint")).isEqualTo(2);

        projection.on(event("e-3", headcount(new MunicipalityId("gotland"), "2023-04-30"), "Municipality", "gotland",
                1, RECORDED, "anna", "r3"), at(3));
        signer.daily();

        assertThat(signer.checkpoints("gotland")).extracting(Checkpoint::chainIndex, Checkpoint::headEventId)
                .containsExactly(tuple(1L, "e-1"),
                        tuple(2L, "e-3"));
        assertThat(signer.checkpoints("goteborg")).hasSize(1);
    }

    @Test
    void aCheckpointSignsItsStatementWithTheConfiguredKey() {
        CheckpointSigner.Signed signed = signer.sign("gotland");
        Checkpoint checkpoint = signed.checkpoint();

        assertThat(signed.created()).isTrue();
        assertThat(checkpoint.headHash()).isEqualTo(
                jdbc.sql("SELECT hash FROM rm_audit_event WHERE event_id = 'e-1'").query(String.class).single());
        assertThat(checkpoint.keyId()).isEqualTo(key.keyId());
        assertThat(SigningKey.verify(key.publicKey(), checkpoint.statement(), checkpoint.signature())).isTrue();
        assertThat(new String(checkpoint.statement(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"chainIndex\":1,\"headEventId\":\"e-1\",\"headHash\":\"" + checkpoint.headHash()
                        + "\",\"municipalityId\":\"gotland\",\"signedAt\":\"" + checkpoint.signedAt() + "\"}");
        assertThat(signer.sign("gotland")).isEqualTo(new CheckpointSigner.Signed(checkpoint, false));
    }
}
