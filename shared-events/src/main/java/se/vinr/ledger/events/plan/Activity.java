package se.vinr.ledger.events.plan;

import java.util.List;

/** An activity with its code as printed in the plan (e.g. {@code 1:1}), target groups, responsible bodies and timing. */
public record Activity(String code, String description, List<String> targetGroups, List<String> responsibleBodies,
                       Timing timing) {

    public Activity {
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        responsibleBodies = responsibleBodies == null ? List.of() : List.copyOf(responsibleBodies);
    }
}
