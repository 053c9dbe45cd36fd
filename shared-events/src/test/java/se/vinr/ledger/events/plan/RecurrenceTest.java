package se.vinr.ledger.events.plan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Each occurrence of a recurring activity is due on the last day of its period. */
class RecurrenceTest {

    @ParameterizedTest(name = "{0} {1}: {2} falls in the occurrence due {3}")
    @CsvSource(nullValues = "-", value = {
            "YEARLY,    5,  2019-05-31, 2019-05-31",
            "YEARLY,    5,  2019-01-10, 2019-05-31",
            "YEARLY,    5,  2019-11-10, 2019-05-31",
            "YEARLY,    11, 2020-11-01, 2020-11-30",
            "YEARLY,    2,  2024-02-01, 2024-02-29",
            "YEARLY,    -,  2021-03-01, 2021-12-31",
            "TERMLY,    -,  2018-02-01, 2018-06-30",
            "TERMLY,    -,  2018-06-30, 2018-06-30",
            "TERMLY,    -,  2018-07-01, 2018-12-31",
            "QUARTERLY, -,  2022-01-01, 2022-03-31",
            "QUARTERLY, -,  2022-05-15, 2022-06-30",
            "QUARTERLY, -,  2022-09-30, 2022-09-30",
            "QUARTERLY, -,  2022-12-01, 2022-12-31",
            "MONTHLY,   -,  2023-04-02, 2023-04-30",
            "MONTHLY,   -,  2023-12-31, 2023-12-31"})
    void theDueDateIsTheLastDayOfThePeriod(Recurrence.Frequency frequency, Integer month, LocalDate date,
                                           LocalDate dueDate) {
        assertThat(new Recurrence(frequency, month).dueDateOf(date)).isEqualTo(dueDate);
    }
}
