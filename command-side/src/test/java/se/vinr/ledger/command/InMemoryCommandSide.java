package se.vinr.ledger.command;

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
import se.vinr.ledger.command.organisation.Municipalities;
import se.vinr.ledger.command.organisation.Municipality;

import java.util.List;

/**
 * The command side wired as in the application but without Spring, for the handlers that span aggregates: a command
 * bus, real event-sourced repositories and one in-memory event store.
 */
public final class InMemoryCommandSide {

    private final EventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
    private final CommandGateway commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
    private final Municipalities municipalities = new Municipalities(aggregate(Municipality.class), eventStore);

    /** Subscribes the aggregate's own command handlers and returns its repository. */
    public <T> Repository<T> aggregate(Class<T> type) {
        Repository<T> repository = EventSourcingRepository.builder(type).eventStore(eventStore).build();
        AggregateAnnotationCommandHandler.<T>builder().aggregateType(type).repository(repository).build()
                .subscribe(commandBus);
        return repository;
    }

    /** Subscribes a command handler outside the aggregates. */
    public void handler(Object handler) {
        new AnnotationCommandHandlerAdapter<>(handler).subscribe(commandBus);
    }

    public Municipalities municipalities() {
        return municipalities;
    }

    public <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    public List<Object> payloadsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    public boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }
}
