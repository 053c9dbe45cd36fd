package se.vinr.ledger.command.plan;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.ActivityStatus;

import java.time.LocalDate;

/** {@code occurrence}: for a recurring activity, the due date of the occurrence reported on; else null. */
public record ReportActivityStatus(MunicipalityId municipalityId, PlanId planId, String activityCode,
                                   LocalDate occurrence, ActivityStatus status, LocalDate asOf, String note,
                                   @TargetAggregateVersion Long expectedVersion) implements PlanCommand {
}
