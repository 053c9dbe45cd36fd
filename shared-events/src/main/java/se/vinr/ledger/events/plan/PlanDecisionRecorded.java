package se.vinr.ledger.events.plan;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;

import java.time.LocalDate;

/**
 * A committee decision, as in its protocol: body, date, paragraph (§), case number and reasons. {@code revision}
 * is the revision decided on (approvals and adoptions), {@code reportBackBy} the date a referral back asks the
 * revised plan for, {@code newPeriodEnd} the end of an extended validity period.
 */
public record PlanDecisionRecorded(MunicipalityId municipalityId, PlanId planId, DecisionKind kind, Integer revision,
                                   String decidingBody, LocalDate decisionDate, String paragraph, String caseNumber,
                                   String reasons, LocalDate reportBackBy, LocalDate newPeriodEnd)
        implements PlanEvent {

    @Override
    public LocalDate businessDate() {
        return decisionDate;
    }
}
