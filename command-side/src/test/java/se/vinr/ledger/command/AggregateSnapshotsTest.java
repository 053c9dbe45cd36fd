package se.vinr.ledger.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import se.vinr.ledger.command.keyperson.RegisterKeyPerson;
import se.vinr.ledger.command.organisation.Municipality;
import se.vinr.ledger.command.organisation.RegisterMunicipality;
import se.vinr.ledger.command.organisation.RegisterUnit;
import se.vinr.ledger.command.plan.DraftPlan;
import se.vinr.ledger.command.plan.Plan;
import se.vinr.ledger.command.plan.ProposePlanRevision;
import se.vinr.ledger.command.plan.RecordConsultationResponse;
import se.vinr.ledger.command.plan.ReportActivityStatus;
import se.vinr.ledger.command.plan.SendPlanForConsultation;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.KeyPersonId;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.keyperson.KeyPersonRole;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.events.plan.Activity;
import se.vinr.ledger.events.plan.ActivityStatus;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.Stance;
import se.vinr.ledger.events.plan.Timing;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LONG;
import static org.awaitility.Awaitility.await;

/**
 * Snapshots of the aggregates with long histories: one is stored once the threshold of events is passed, and an
 * aggregate loaded from it (cache emptied) knows everything its rules need from the events before it.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"vinr.snapshots.threshold=5", "spring.datasource.url=jdbc:h2:mem:snapshots;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("command-side")
class AggregateSnapshotsTest {

    private static final MunicipalityId KOMMUN = new MunicipalityId("snapkommun");
    private static final PlanId PLAN = new PlanId("plan-2024");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    Cache aggregateCache;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMunicipalityLoadedFromItsSnapshotKnowsItsUnitsAndKeyPersons() {
        commands.sendAndWait(new RegisterMunicipality(KOMMUN, "Snapkommun", "0999"));
        for (int i = 1; i <= 8; i++) {
            commands.sendAndWait(unit("u" + i));
        }
        commands.sendAndWait(new RegisterKeyPerson(KOMMUN, new KeyPersonId("kp-1"), new UnitId("u1"), "p-17",
                KeyPersonRole.KEY_PERSON, DAY, null));
        String id = AggregateIds.municipality(KOMMUN);

        // every 5 events (threshold 5), each replacing the one before; taken on the snapshot thread, moments after
        // the command that called for it, of the events stored by then (the last one, 9, or the one before)
        await().untilAsserted(() -> assertThat(snapshotSequences(id)).singleElement(LONG).isGreaterThanOrEqualTo(8));
        aggregateCache.removeAll();
        assertThat(eventStore.readEvents(id).asStream().findFirst()).get()
                .satisfies(first -> assertThat(first.getPayload()).isInstanceOf(Municipality.class))
                .extracting(DomainEventMessage::getSequenceNumber, LONG).isGreaterThanOrEqualTo(8L);

        assertRefused(() -> commands.sendAndWait(unit("u3")), CommandRejectedException.Reason.CONFLICT);
        assertRefused(() -> commands.sendAndWait(new RegisterKeyPerson(KOMMUN, new KeyPersonId("kp-2"),
                new UnitId("u1"), "p-17", KeyPersonRole.KEY_PERSON, DAY, null)), CommandRejectedException.Reason.CONFLICT);
        assertRefused(() -> commands.sendAndWait(new RegisterKeyPerson(KOMMUN, new KeyPersonId("kp-2"),
                new UnitId("u99"), "p-18", KeyPersonRole.KEY_PERSON, DAY, null)), CommandRejectedException.Reason.NOT_FOUND);
        Object version = commands.sendAndWait(unit("u9"));
        assertThat(version).isEqualTo(10L);
    }

    @Test
    void aPlanLoadedFromItsSnapshotKnowsItsRevisionsAndConsultations() {
        MunicipalityId municipality = new MunicipalityId("snapplan");
        commands.sendAndWait(new RegisterMunicipality(municipality, "Snapplan", "0998"));
        commands.sendAndWait(new DraftPlan(municipality, PLAN, "Plan 2024", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null, "Socialnämnden", DAY));
        PlanContent content = new PlanContent(List.of(new Goal("1", "Stöd", null,
                List.of(new Activity("1:1", "Utbildning", null, null, new Timing("2024", null, null))), null)));
        for (int i = 0; i < 3; i++) {
            commands.sendAndWait(new ProposePlanRevision(municipality, PLAN, content, "Förvaltningen", DAY, null,
                    null, null));
        }
        commands.sendAndWait(new SendPlanForConsultation(municipality, PLAN, null, List.of("Nämnd A", "Nämnd B"),
                DAY, DAY.plusDays(30), null));
        commands.sendAndWait(new RecordConsultationResponse(municipality, PLAN, null, "Nämnd A", Stance.SUPPORTS,
                null, DAY.plusDays(3), null));
        String id = AggregateIds.plan(municipality, PLAN);

        // due at 4 (threshold 5), of the events stored when the snapshot thread takes it
        await().untilAsserted(() -> assertThat(snapshotSequences(id)).singleElement(LONG).isGreaterThanOrEqualTo(4));
        aggregateCache.removeAll();
        assertThat(eventStore.readEvents(id).asStream().findFirst()).get()
                .satisfies(first -> assertThat(first.getPayload()).isInstanceOf(Plan.class));

        assertRefused(() -> commands.sendAndWait(new RecordConsultationResponse(municipality, PLAN, null, "Nämnd A",
                Stance.SUPPORTS, null, DAY, null)), CommandRejectedException.Reason.CONFLICT);
        assertRefused(() -> commands.sendAndWait(new RecordConsultationResponse(municipality, PLAN, null, "Nämnd C",
                Stance.SUPPORTS, null, DAY, null)), CommandRejectedException.Reason.CONFLICT);
        assertRefused(() -> commands.sendAndWait(new ReportActivityStatus(municipality, PLAN, "9:9", null,
                ActivityStatus.DONE, DAY, null, null)), CommandRejectedException.Reason.NOT_FOUND);
        Object version = commands.sendAndWait(new ReportActivityStatus(municipality, PLAN, "1:1", null,
                ActivityStatus.DONE, DAY, null, null));
        assertThat(version).isEqualTo(6L);
        assertThat(jdbc.sql("SELECT payloadRevision FROM SnapshotEventEntry WHERE aggregateIdentifier = ?")
                .param(id).query(String.class).list()).containsOnly("1");
    }

    private RegisterUnit unit(String unitId) {
        return new RegisterUnit(KOMMUN, new UnitId(unitId), "Enhet " + unitId, "Socialtjänsten", Operator.OWN, 10,
                null);
    }

    private List<Long> snapshotSequences(String aggregateId) {
        return jdbc.sql("SELECT sequenceNumber FROM SnapshotEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber").param(aggregateId).query(Long.class).list();
    }

    private static void assertRefused(Runnable command, CommandRejectedException.Reason reason) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(CommandRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
