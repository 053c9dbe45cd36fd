package se.vinr.ledger.command.plan;

import org.axonframework.modelling.command.TargetAggregateVersion;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.events.plan.ComplianceAnswer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value of an indicator kept by hand: a number ({@code value}) for a MANUAL indicator, an {@code answer} with its
 * {@code evidence} for a COMPLIANCE one. Which one is allowed depends on the indicator, so the plan decides.
 */
public record RecordIndicatorValue(MunicipalityId municipalityId, PlanId planId, String indicatorCode,
                                   BigDecimal value, ComplianceAnswer answer, String evidence, LocalDate asOf,
                                   Source source, String note, @TargetAggregateVersion Long expectedVersion)
        implements PlanCommand {
}
