package se.vinr.ledger.events.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import se.vinr.ledger.events.common.PlanCode;

/**
 * Where an indicator's values come from: recorded by hand ({@link Kind#MANUAL}, {@link Kind#COMPLIANCE}) or computed
 * by the projections from the events of the ledger. Each kind uses only some of the parameters, see {@link Kind}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorSource(Kind kind, String courseCode, @Size(max = 200) String department, String seriesId,
                              @Size(max = 50) String instrument, @PlanCode String goalCode) {

    public static final IndicatorSource MANUAL = new IndicatorSource(Kind.MANUAL, null, null, null, null, null);

    public enum Kind {
        /** Numbers recorded by hand (RecordIndicatorValue). */
        MANUAL,
        /**
         * Yes, partly or no, with evidence and date, as the national open comparisons (Öppna jämförelser) ask: a
         * routine decided at management level, FREDA in use, a cooperation agreement followed up within 24 months.
         * Optionally for one {@code department} (service area).
         */
        COMPLIANCE,
        /** Share of staff who completed {@code courseCode}, of all units or of one {@code department}. */
        TRAINING_COVERAGE,
        /** Number of completions, of {@code courseCode} or of all courses, optionally of one {@code department}. */
        TRAINING_COMPLETIONS,
        /** Number of active key persons, optionally of one {@code department}. */
        KEY_PERSON_COUNT,
        /** Share of units with at least one active key person, optionally of one {@code department}. */
        KEY_PERSON_UNIT_COVERAGE,
        /** Meetings held in the series {@code seriesId} per year. */
        MEETINGS_HELD,
        /** Screenings done with {@code instrument}, optionally of one {@code department}. */
        SCREENINGS,
        /** Share of activities done, of the goal {@code goalCode} or of the whole plan. */
        ACTIVITY_COMPLETION;

        /** True for kinds whose values are computed from the ledger's events and never recorded by hand. */
        public boolean derived() {
            return this != MANUAL && this != COMPLIANCE;
        }
    }
}
