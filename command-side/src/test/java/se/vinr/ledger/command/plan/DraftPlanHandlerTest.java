package se.vinr.ledger.command.plan;

import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.command.CommandRejectedException;
import se.vinr.ledger.command.organisation.Municipality;
import se.vinr.ledger.command.organisation.MunicipalityRegistration;
import se.vinr.ledger.command.organisation.RegisterMunicipality;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.plan.PlanRevisionProposed;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.ledger.command.CommandRejectedException.Reason.CONFLICT;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.CommandRejectedException.Reason.NOT_FOUND;
import static se.vinr.ledger.command.plan.PlanTestData.CASE_NUMBER;
import static se.vinr.ledger.command.plan.PlanTestData.DRAFTED_ON;
import static se.vinr.ledger.command.plan.PlanTestData.GOTLAND;
import static se.vinr.ledger.command.plan.PlanTestData.PERIOD_START;
import static se.vinr.ledger.command.plan.PlanTestData.PLAN_ID;
import static se.vinr.ledger.command.plan.PlanTestData.SOCIALNAMNDEN;
import static se.vinr.ledger.command.plan.PlanTestData.TITLE;
import static se.vinr.ledger.command.plan.PlanTestData.content;
import static se.vinr.ledger.command.plan.PlanTestData.draft;
import static se.vinr.ledger.command.plan.PlanTestData.drafted;
import static se.vinr.ledger.command.plan.PlanTestData.propose;

/**
 * {@link DraftPlanHandler} wired as in the application, but without Spring: a command bus, real event-sourced
 * repositories of both aggregates and one in-memory event store.
 */
class DraftPlanHandlerTest {

    private static final String PLAN = AggregateIds.plan(GOTLAND, PLAN_ID);

    private EventStore eventStore;
    private CommandGateway commands;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        Repository<Municipality> municipalities =
                EventSourcingRepository.builder(Municipality.class).eventStore(eventStore).build();
        Repository<Plan> plans = EventSourcingRepository.builder(Plan.class).eventStore(eventStore).build();
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Municipality>builder()
                .aggregateType(Municipality.class).repository(municipalities).build().subscribe(commandBus);
        AggregateAnnotationCommandHandler.<Plan>builder()
                .aggregateType(Plan.class).repository(plans).build().subscribe(commandBus);
        new AnnotationCommandHandlerAdapter<>(new DraftPlanHandler(municipalities, plans, eventStore))
                .subscribe(commandBus);
        commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    @Test
    void draftsAPlanOfARegisteredMunicipalityAtVersion0() {
        registerGotland();

        long version = commands.sendAndWait(draft());

        assertThat(version).isZero();
        assertThat(payloadsOf(PLAN)).containsExactly(drafted());
        long afterRevision = commands.sendAndWait(propose(content()));
        assertThat(afterRevision).isEqualTo(1);
        assertThat(payloadsOf(PLAN)).last().isInstanceOf(PlanRevisionProposed.class);
    }

    @Test
    void aPlanOfAnUnknownMunicipalityIsNotFound() {
        assertThatThrownBy(() -> commands.sendAndWait(draft()))
                .isInstanceOfSatisfying(CommandRejectedException.class, rejection -> {
                    assertThat(rejection.reason()).isEqualTo(NOT_FOUND);
                    assertThat(rejection.field()).isNull();
                    assertThat(rejection).hasMessage("unknown municipality gotland");
                });
        assertThat(eventStore.lastSequenceNumberFor(PLAN)).isEmpty();
    }

    @Test
    void aPlanIdIsDraftedOnlyOnce() {
        registerGotland();
        commands.sendAndWait(draft());

        assertThatThrownBy(() -> commands.sendAndWait(draft()))
                .isInstanceOfSatisfying(CommandRejectedException.class, rejection -> {
                    assertThat(rejection.reason()).isEqualTo(CONFLICT);
                    assertThat(rejection.field()).isNull();
                    assertThat(rejection).hasMessage("plan vinr-2022-2023 already exists in municipality gotland");
                });
        assertThat(payloadsOf(PLAN)).containsExactly(drafted());
    }

    @Test
    void anInvalidDraftStoresNothing() {
        registerGotland();

        assertThatThrownBy(() -> commands.sendAndWait(new DraftPlan(GOTLAND, PLAN_ID, TITLE, PERIOD_START,
                PERIOD_START.minusDays(1), CASE_NUMBER, SOCIALNAMNDEN, DRAFTED_ON)))
                .isInstanceOfSatisfying(CommandRejectedException.class, rejection -> {
                    assertThat(rejection.reason()).isEqualTo(INVALID);
                    assertThat(rejection.field()).isEqualTo("periodEnd");
                });
        assertThat(eventStore.lastSequenceNumberFor(PLAN)).isEmpty();
    }

    private void registerGotland() {
        MunicipalityRegistration registration =
                commands.sendAndWait(new RegisterMunicipality(GOTLAND, "Region Gotland", "0980"));
        assertThat(registration).isEqualTo(new MunicipalityRegistration(0, true));
    }

    private List<Object> payloadsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
