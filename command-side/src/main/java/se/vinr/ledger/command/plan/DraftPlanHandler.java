package se.vinr.ledger.command.plan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import se.vinr.ledger.command.organisation.Municipality;
import se.vinr.ledger.events.common.AggregateIds;

import static se.vinr.ledger.command.CommandRejectedException.conflict;
import static se.vinr.ledger.command.CommandRejectedException.notFound;

/**
 * Creates plans. It lives outside {@link Plan} because drafting needs two facts a new plan cannot know itself: that
 * the municipality is registered and that no plan with this id exists yet. It runs in the command bus's unit of work,
 * which the repositories need.
 */
@Component
public class DraftPlanHandler {

    private final Repository<Municipality> municipalities;
    private final Repository<Plan> plans;
    private final EventStore eventStore;

    public DraftPlanHandler(Repository<Municipality> municipalities, Repository<Plan> plans, EventStore eventStore) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.eventStore = eventStore;
    }

    /** Returns the new plan's version, which is 0. */
    @CommandHandler
    public long handle(DraftPlan command) throws Exception {
        try {
            municipalities.load(AggregateIds.municipality(command.municipalityId()));
        } catch (AggregateNotFoundException e) {
            throw notFound(null, "unknown municipality " + command.municipalityId());
        }
        // Asks the event store, not the repository: a missing plan is the normal case here, and a repository logs
        // every failed load as a warning with a stack trace (and would replay a whole history to say "exists").
        if (eventStore.lastSequenceNumberFor(command.aggregateId()).isPresent()) {
            throw conflict("plan " + command.planId() + " already exists in municipality " + command.municipalityId());
        }
        return plans.newInstance(() -> new Plan(command)).version();
    }
}
