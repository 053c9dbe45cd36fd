package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.common.Source;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value of an indicator kept by hand, as of a date: a number ({@code value}) for a MANUAL indicator, or an
 * {@code answer} with its {@code evidence} for a COMPLIANCE one; the other fields are null. {@code revision} is the
 * revision in force when it was recorded. The {@code source} is part of the figure, so it is in the payload and not
 * only in the metadata.
 */
public record IndicatorValueRecorded(MunicipalityId municipalityId, PlanId planId, int revision, String indicatorCode,
                                     BigDecimal value, ComplianceAnswer answer, String evidence, LocalDate asOf,
                                     Source source, String note)
        implements PlanEvent {

    @Override
    public LocalDate businessDate() {
        return asOf;
    }
}
