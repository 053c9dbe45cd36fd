package se.vinr.ledger.query.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The activities of a municipality's plans as of a date, plan by plan (by start of period) in the plans' order. */
public record MunicipalityActivities(String municipalityId, LocalDate asOf, Instant knownAt,
                                     List<ActivityView> activities) {
}
