package se.vinr.ledger.query.comparison;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.IndicatorSource.Kind;
import se.vinr.ledger.query.TrackingTest;
import se.vinr.ledger.query.indicator.DerivedFigures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The derived indicator figures over many dates, with the numbers of the {@link TrackingScenario}. */
class TrackedFiguresTest extends TrackingTest {

    @Autowired
    private DerivedFigures figures;

    @BeforeEach
    void recordScenario() {
        TrackingScenario.record(ledger);
    }

    private static IndicatorSource source(Kind kind, String courseCode, String department, String seriesId,
                                          String instrument) {
        return new IndicatorSource(kind, courseCode, department, seriesId, instrument, null);
    }

    private Map<LocalDate, BigDecimal> values(IndicatorSource source, SortedSet<LocalDate> dates) {
        return figures.valuesAt(GOTLAND.municipality(), source, dates, null);
    }

    /** Expected values as date, value, date, value, …; compared by value, so 10.0 and 10 differ. */
    private static Map<LocalDate, BigDecimal> expected(String... datesAndValues) {
        Map<LocalDate, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < datesAndValues.length; i += 2) {
            values.put(LocalDate.parse(datesAndValues[i]), new BigDecimal(datesAndValues[i + 1]));
        }
        return values;
    }

    @Test
    void trainingCompletionsOfACourseADepartmentOrEveryCourseFromTheFirstCompletion() {
        SortedSet<LocalDate> dates = dates("2022-12-31", "2023-01-31", "2023-02-28", "2023-03-01", "2023-04-30",
                "2023-12-31");

        assertThat(values(source(Kind.TRAINING_COMPLETIONS, "nck-webbkurs", null, null, null), dates))
                .containsExactlyEntriesOf(expected("2023-02-28", "1", "2023-03-01", "2", "2023-04-30", "33",
                        "2023-12-31", "35"));
        assertThat(values(source(Kind.TRAINING_COMPLETIONS, "nck-webbkurs", "Hemtjänsten", null, null), dates))
                .as("the batch without a unit is in no department")
                .containsExactlyEntriesOf(expected("2023-03-01", "1", "2023-04-30", "12", "2023-12-31", "14"));
        assertThat(values(source(Kind.TRAINING_COMPLETIONS, null, null, null, null), dates))
                .containsExactlyEntriesOf(expected("2022-12-31", "1", "2023-01-31", "1", "2023-02-28", "2",
                        "2023-03-01", "3", "2023-04-30", "34", "2023-12-31", "36"));
    }

    @Test
    void trainingCoverageOnTheDatesTheHeadcountOfEveryUnitInScopeIsKnown() {
        SortedSet<LocalDate> dates = dates("2022-12-31", "2023-01-31", "2023-03-01", "2023-04-30", "2023-12-31");

        assertThat(values(source(Kind.TRAINING_COVERAGE, "nck-webbkurs", null, null, null), dates))
                .containsExactlyEntriesOf(expected("2023-01-31", "0.0", "2023-03-01", "2.9", "2023-04-30", "47.1",
                        "2023-12-31", "43.8"));
        assertThat(values(source(Kind.TRAINING_COVERAGE, "nck-webbkurs", "IFO", null, null), dates))
                .containsExactlyEntriesOf(expected("2023-01-31", "0.0", "2023-03-01", "10.0", "2023-04-30", "10.0",
                        "2023-12-31", "10.0"));
        assertThat(values(source(Kind.TRAINING_COVERAGE, null, null, null, null), dates)).isEmpty();
    }

    @Test
    void keyPersonsCountedFromTheFirstRegistrationAndTheReportedTotalBefore() {
        SortedSet<LocalDate> dates = dates("2023-01-01", "2023-01-31", "2023-02-01", "2023-03-01", "2023-09-01",
                "2023-10-01");

        assertThat(values(source(Kind.KEY_PERSON_COUNT, null, null, null, null), dates))
                .containsExactlyEntriesOf(expected("2023-01-31", "100", "2023-02-01", "1", "2023-03-01", "2",
                        "2023-09-01", "1", "2023-10-01", "2"));
        assertThat(values(source(Kind.KEY_PERSON_COUNT, null, "Hemtjänsten", null, null), dates))
                .as("reported totals are the municipality's, never a department's")
                .containsExactlyEntriesOf(expected("2023-02-01", "1", "2023-03-01", "1", "2023-09-01", "0",
                        "2023-10-01", "1"));
        assertThat(values(source(Kind.KEY_PERSON_UNIT_COVERAGE, null, null, null, null), dates))
                .containsExactlyEntriesOf(expected("2023-02-01", "33.3", "2023-03-01", "66.7", "2023-09-01", "33.3",
                        "2023-10-01", "66.7"));
        assertThat(values(source(Kind.KEY_PERSON_UNIT_COVERAGE, null, "IFO", null, null), dates))
                .containsExactlyEntriesOf(expected("2023-03-01", "100.0", "2023-09-01", "100.0",
                        "2023-10-01", "100.0"));
    }

    @Test
    void meetingsHeldInTheCalendarYearOfEachDateUpToIt() {
        SortedSet<LocalDate> dates = dates("2022-06-30", "2022-12-31", "2023-01-31", "2023-06-30", "2023-12-31");

        assertThat(values(source(Kind.MEETINGS_HELD, null, null, "nyckelpersonstraffar", null), dates))
                .containsExactlyEntriesOf(expected("2022-12-31", "1", "2023-01-31", "0", "2023-06-30", "1",
                        "2023-12-31", "2"));
        assertThat(values(source(Kind.MEETINGS_HELD, null, null, "okand-serie", null), dates)).isEmpty();
    }

    @Test
    void screeningsOfThePeriodsEndedInTheCalendarYearTheLatestRecordOfAPeriodStanding() {
        SortedSet<LocalDate> dates = dates("2022-12-30", "2022-12-31", "2023-03-30", "2023-03-31", "2023-06-30",
                "2024-01-31");

        assertThat(values(source(Kind.SCREENINGS, null, null, null, "FREDA_KORTFRAGOR"), dates))
                .containsExactlyEntriesOf(expected("2022-12-31", "4", "2023-03-30", "0", "2023-03-31", "41",
                        "2023-06-30", "66", "2024-01-31", "0"));
        assertThat(values(source(Kind.SCREENINGS, null, "IFO", null, "FREDA_KORTFRAGOR"), dates))
                .containsExactlyEntriesOf(expected("2023-03-31", "35", "2023-06-30", "60", "2024-01-31", "0"));
        assertThat(values(source(Kind.SCREENINGS, null, null, null, "FREDA_FARLIGHET"), dates)).isEmpty();
    }

    @Test
    void knownAtCountsOnlyWhatWasRecordedByThen() {
        Instant beforeCorrection = ledger.stored().get(ledger.stored().size() - 2).recordedAt();
        Instant beforeVisbyBatch = ledger.stored().get(13).recordedAt();
        SortedSet<LocalDate> dates = dates("2023-06-30", "2023-12-31");

        assertThat(figures.valuesAt(GOTLAND.municipality(), source(Kind.SCREENINGS, null, null, null,
                "FREDA_KORTFRAGOR"), dates, beforeCorrection))
                .containsExactlyEntriesOf(expected("2023-06-30", "61", "2023-12-31", "61"));
        assertThat(figures.valuesAt(GOTLAND.municipality(), source(Kind.TRAINING_COMPLETIONS, "nck-webbkurs", null,
                null, null), dates, beforeVisbyBatch))
                .containsExactlyEntriesOf(expected("2023-06-30", "24", "2023-12-31", "25"));
    }

    /** Municipality-wide training series as known now come from daily totals; known at any instant, from the rows. */
    @Test
    void dailyTotalsAnswerAsTheCompletionsTheySum() {
        SortedSet<LocalDate> dates = dates("2022-12-31", "2023-03-01", "2023-04-30", "2023-06-30", "2023-12-31");
        Instant afterEverything = ledger.lastRecordedAt();

        for (IndicatorSource source : new IndicatorSource[]{
                source(Kind.TRAINING_COMPLETIONS, "nck-webbkurs", null, null, null),
                source(Kind.TRAINING_COMPLETIONS, null, null, null, null),
                source(Kind.TRAINING_COVERAGE, "nck-webbkurs", null, null, null)}) {
            assertThat(values(source, dates)).as(source.toString()).isNotEmpty()
                    .isEqualTo(figures.valuesAt(GOTLAND.municipality(), source, dates, afterEverything));
        }
        assertThat(count("rm_training_day")).isEqualTo(7);
    }

    @Test
    void manualAndPlanKindsAnUnknownMunicipalityAndNoDatesHaveNoFigures() {
        SortedSet<LocalDate> dates = dates("2023-12-31");

        assertThat(values(IndicatorSource.MANUAL, dates)).isEmpty();
        assertThat(values(source(Kind.ACTIVITY_COMPLETION, null, null, null, null), dates)).isEmpty();
        assertThat(values(source(Kind.KEY_PERSON_COUNT, null, null, null, null), dates("2023-12-31"))).isNotEmpty();
        assertThat(figures.valuesAt(new MunicipalityId("atlantis"),
                source(Kind.KEY_PERSON_COUNT, null, null, null, null), dates, null)).isEmpty();
        for (Kind kind : Kind.values()) {
            assertThat(values(source(kind, "nck-webbkurs", null, "nyckelpersonstraffar", "FREDA_KORTFRAGOR"),
                    dates(new String[0]))).as(kind.name()).isEmpty();
        }
    }
}
