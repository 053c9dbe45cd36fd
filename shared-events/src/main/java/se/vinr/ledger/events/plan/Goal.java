package se.vinr.ledger.events.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.vinr.ledger.events.common.PlanCode;

import java.util.List;

/** A goal (mål, delmål or fokusområde: plans use different words). */
public record Goal(@PlanCode String code, @Size(max = 500) String title, @Size(max = 4000) String description,
                   @Size(max = 200) List<@NotNull @Valid Activity> activities,
                   @Size(max = 100) List<@NotNull @Valid Indicator> indicators) {

    public Goal {
        activities = activities == null ? List.of() : List.copyOf(activities);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
