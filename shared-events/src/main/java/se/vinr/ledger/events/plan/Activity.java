package se.vinr.ledger.events.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.vinr.ledger.events.common.PlanCode;

import java.util.List;

/** An activity with its code as printed in the plan (e.g. {@code 1:1}), target groups, responsible bodies and timing. */
public record Activity(@PlanCode String code, @Size(max = 4000) String description,
                       @Size(max = 50) List<@NotNull @Size(max = 4000) String> targetGroups,
                       @Size(max = 50) List<@NotNull @Size(max = 200) String> responsibleBodies,
                       @Valid Timing timing) {

    public Activity {
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        responsibleBodies = responsibleBodies == null ? List.of() : List.copyOf(responsibleBodies);
    }
}
