package se.vinr.ledger.command.plan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import se.vinr.ledger.command.organisation.Municipalities;

/**
 * Creates plans. It lives outside {@link Plan} because drafting needs two facts a new plan cannot know itself: that
 * the municipality is registered and that no plan with this id exists yet.
 */
@Component
public class DraftPlanHandler {

    private final Municipalities municipalities;
    private final Repository<Plan> plans;

    public DraftPlanHandler(Municipalities municipalities, Repository<Plan> plans) {
        this.municipalities = municipalities;
        this.plans = plans;
    }

    /** Returns the new plan's version, which is 0. */
    @CommandHandler
    public long handle(DraftPlan command) throws Exception {
        return municipalities.create(command.municipalityId(), command.aggregateId(), "plan " + command.planId(),
                plans, () -> new Plan(command));
    }
}
