package se.vinr.ledger.query.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan's follow-up reports up to a point in time, by date. */
public record PlanFollowUpReports(String municipalityId, String planId, LocalDate asOf, Instant knownAt,
                                  List<FollowUpReportView> reports) {
}
