package se.vinr.ledger.command.organisation;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;

import java.util.concurrent.Callable;

import static se.vinr.ledger.command.CommandRejectedException.conflict;
import static se.vinr.ledger.command.CommandRejectedException.notFound;

/**
 * What command handlers outside the Municipality aggregate ask of it: is the municipality registered, does it have
 * a unit, and may a record of it (a plan, a course, a meeting series) be created under an id. Those handlers run in
 * the command bus's unit of work, which the repositories need.
 */
@Component
public class Municipalities {

    private final Repository<Municipality> repository;
    private final EventStore eventStore;

    public Municipalities(Repository<Municipality> repository, EventStore eventStore) {
        this.repository = repository;
        this.eventStore = eventStore;
    }

    /** Refuses (404, naming {@code field}) a unit the municipality does not have, or an unknown municipality. */
    public void requireUnit(MunicipalityId municipalityId, UnitId unitId, String field) {
        require(municipalityId).execute(municipality -> municipality.requireUnit(unitId, field));
    }

    /**
     * Creates the aggregate {@code aggregateId} of a registered municipality, unless that id is taken (409); returns
     * its version, which is 0. {@code record} names it in a refusal, e.g. "plan p1".
     */
    public <T> long create(MunicipalityId municipalityId, String aggregateId, String record, Repository<T> records,
                           Callable<T> factory) throws Exception {
        // Whether the municipality exists, from the event store: loading it through the repository would lock it
        // until this command commits, and every creation in one municipality would wait for the one before.
        if (eventStore.lastSequenceNumberFor(AggregateIds.municipality(municipalityId)).isEmpty()) {
            throw notFound(null, "unknown municipality " + municipalityId);
        }
        // Asks the event store, not the repository: a missing record is the normal case here, and a repository logs
        // every failed load as a warning with a stack trace (and would replay a whole history to say "exists").
        if (eventStore.lastSequenceNumberFor(aggregateId).isPresent()) {
            throw conflict(record + " already exists in municipality " + municipalityId);
        }
        return records.newInstance(factory).version();
    }

    private Aggregate<Municipality> require(MunicipalityId municipalityId) {
        try {
            return repository.load(AggregateIds.municipality(municipalityId));
        } catch (AggregateNotFoundException e) {
            throw notFound(null, "unknown municipality " + municipalityId);
        }
    }
}
