package se.vinr.ledger.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.vinr.ledger.command.organisation.RegisterMunicipality;
import se.vinr.ledger.command.plan.DraftPlan;
import se.vinr.ledger.command.plan.ProposePlanRevision;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.Timing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * More clients revising one plan than the pool has connections, with a snapshot due every third event: every command
 * goes through. While snapshots were taken in the committing command's thread, the snapshot waited for a connection
 * held by a command that waited for the plan it still locked, until the pool gave up and the commands failed.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"vinr.snapshots.threshold=3",
                "spring.datasource.url=jdbc:h2:mem:contention;DB_CLOSE_DELAY=-1",
                "spring.datasource.hikari.maximum-pool-size=4",
                // the pool's refusal comes at once rather than after Hikari's 30 s
                "spring.datasource.hikari.connection-timeout=1000"})
@ActiveProfiles("command-side")
class SnapshotsUnderContentionTest {

    private static final MunicipalityId KOMMUN = new MunicipalityId("trangkommun");
    private static final PlanId PLAN = new PlanId("plan-2025");
    private static final LocalDate DAY = LocalDate.of(2025, 2, 1);
    private static final int CLIENTS = 12;
    private static final int REVISIONS_EACH = 10;

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRevisionOfAPlanUnderContentionIsStoredAndSnapshotsFollow() throws Exception {
        commands.sendAndWait(new RegisterMunicipality(KOMMUN, "Trångkommun", "0998"));
        commands.sendAndWait(new DraftPlan(KOMMUN, PLAN, "Plan mot våld i nära relationer", DAY,
                DAY.plusYears(3), null, "Socialnämnden", DAY));
        PlanContent content = new PlanContent(List.of(new Goal("1", "Stöd", null,
                List.of(new Activity("1:1", "Utbildning", null, null, new Timing("2025", null, null))), null)));

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                work.add(() -> {
                    for (int i = 0; i < REVISIONS_EACH; i++) {
                        commands.sendAndWait(new ProposePlanRevision(KOMMUN, PLAN, content, "Förvaltningen", DAY,
                                null, null, null));
                    }
                    return null;
                });
            }
            for (Future<Void> client : clients.invokeAll(work)) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }

        String plan = AggregateIds.plan(KOMMUN, PLAN);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?").param(plan)
                .query(Long.class).single()).isEqualTo(1 + CLIENTS * REVISIONS_EACH);
        await().untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT MAX(sequenceNumber) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?")
                .param(plan).query(Long.class).single()).isGreaterThan(CLIENTS * REVISIONS_EACH / 2L));
    }
}
