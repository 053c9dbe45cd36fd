package se.vinr.ledger.query.activity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vinr.ledger.events.plan.Recurrence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.NavigableSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Occurrences in a period starting mid-year (2018-07-01 to 2020-06-30), listed up to the end of 2019. */
class OccurrencesTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "YEARLY;    5; 2019-05-31",
            "YEARLY;     ; 2018-12-31 2019-12-31",
            "TERMLY;     ; 2018-12-31 2019-06-30 2019-12-31",
            "QUARTERLY;  ; 2018-09-30 2018-12-31 2019-03-31 2019-06-30 2019-09-30 2019-12-31",
            "YEARLY;    7; 2018-07-31 2019-07-31"})
    void eachPeriodIsDueOnItsLastDayWithinThePlansPeriod(Recurrence.Frequency frequency, Integer month,
                                                          String dueDates) {
        assertThat(Occurrences.dueDates(new Recurrence(frequency, month), LocalDate.parse("2018-07-01"),
                LocalDate.parse("2020-06-30"), LocalDate.parse("2019-12-31")))
                .containsExactlyElementsOf(Arrays.stream(dueDates.split(" ")).map(LocalDate::parse).toList());
    }

    @ParameterizedTest(name = "until {0}: {1} occurrences")
    @CsvSource({"2018-06-30, 0", "2018-07-31, 1", "2019-01-30, 6", "2019-01-31, 7", "2025-12-31, 24"})
    void monthlyOccurrencesStopAtTheEndOfThePeriodOrAtUntil(String until, int count) {
        assertThat(Occurrences.dueDates(new Recurrence(Recurrence.Frequency.MONTHLY, null),
                LocalDate.parse("2018-07-01"), LocalDate.parse("2020-06-30"), LocalDate.parse(until)))
                .hasSize(count);
    }

    /** What lets the activity counts work out a recurrence's due dates once and take those by each date asked. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"YEARLY, 5", "YEARLY, 7", "YEARLY,", "TERMLY,", "QUARTERLY,", "MONTHLY,"})
    void theOccurrencesDueByADateAreThoseOfTheWholePeriodUpToIt(Recurrence.Frequency frequency, Integer month) {
        Recurrence recurrence = new Recurrence(frequency, month);
        LocalDate start = LocalDate.parse("2018-07-01");
        LocalDate end = LocalDate.parse("2020-06-30");
        NavigableSet<LocalDate> whole = Occurrences.dueDates(recurrence, start, end, end);
        for (LocalDate until = start.minusDays(40); until.isBefore(end.plusDays(40)); until = until.plusDays(1)) {
            assertThat(Occurrences.dueDates(recurrence, start, end, until)).as("until %s", until)
                    .containsExactlyElementsOf(whole.headSet(until, true));
        }
    }
}
