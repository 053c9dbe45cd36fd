package se.vinr.ledger.query.plan;

import java.time.LocalDate;

/** A plan in a municipality's list of plans. */
public record PlanSummary(String planId, String title, LocalDate periodStart, LocalDate periodEnd, String caseNumber,
                          String responsibleBody, PlanStatus status) {
}
