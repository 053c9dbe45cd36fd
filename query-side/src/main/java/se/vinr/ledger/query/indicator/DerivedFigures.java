package se.vinr.ledger.query.indicator;

import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.plan.IndicatorSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;

/**
 * The figures the projections compute from a municipality's tracking events (training, key persons, meetings,
 * screenings), for indicators whose source is derived. Shares are percentages (0-100). ACTIVITY_COMPLETION is a
 * plan figure and not answered here.
 */
public interface DerivedFigures {

    /**
     * The value of {@code source} as of each of {@code dates} (business dates), counting only what was recorded by
     * {@code knownAt} (null: everything recorded). A date without data (e.g. coverage before any headcount is known)
     * has no entry in the answer.
     */
    Map<LocalDate, BigDecimal> valuesAt(MunicipalityId municipality, IndicatorSource source, SortedSet<LocalDate> dates,
                                        Instant knownAt);
}
