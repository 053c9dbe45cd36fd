package se.vinr.ledger.query.indicator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vinr.ledger.events.plan.ComplianceAnswer;
import se.vinr.ledger.events.plan.Direction;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.Measure;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.ledger.query.indicator.IndicatorStatus.ACHIEVED;
import static se.vinr.ledger.query.indicator.IndicatorStatus.AT_RISK;
import static se.vinr.ledger.query.indicator.IndicatorStatus.NO_DATA;
import static se.vinr.ledger.query.indicator.IndicatorStatus.ON_TRACK;
import static se.vinr.ledger.query.indicator.IndicatorStatus.OVERDUE;

/**
 * The status formula. The lines run over ten days from baseline to target, so that each day is ten percentage
 * points of expected progress: on day 5 (2022-01-06) the line expects 50 %.
 */
class StatusFormulaTest {

    /** From 20 on 2022-01-01 up to 120 by 2022-01-11. */
    private static final Indicator INCREASE = measured(measure("20", "2022-01-01"), measure("120", "2022-01-11"),
            Direction.INCREASE);
    /** From 50 on 2022-01-01 down to 10 by 2022-01-11. */
    private static final Indicator DECREASE = measured(measure("50", "2022-01-01"), measure("10", "2022-01-11"),
            Direction.DECREASE);

    @ParameterizedTest(name = "{0} on {1}, judged {2}: {3} ({4} % of expected {5} %)")
    @CsvSource({
            // on the line, and exactly the tolerance (10 points) behind it
            "70,    2022-01-06, 2022-01-06, ON_TRACK, 50.0,  50.0",
            "60,    2022-01-06, 2022-01-06, ON_TRACK, 40.0,  50.0",
            "59.99, 2022-01-06, 2022-01-06, AT_RISK,  40.0,  50.0",
            "59.9,  2022-01-06, 2022-01-06, AT_RISK,  39.9,  50.0",
            // ahead of the line
            "100,   2022-01-03, 2022-01-03, ON_TRACK, 80.0,  20.0",
            // on the baseline date nothing is expected yet; before it neither
            "20,    2022-01-01, 2022-01-01, ON_TRACK, 0.0,   0.0",
            "10,    2021-12-15, 2021-12-15, ON_TRACK, -10.0, 0.0",
            "9,     2021-12-15, 2021-12-15, AT_RISK,  -11.0, 0.0",
            // the target reached, on or after its date, or exceeded
            "120,   2022-01-06, 2022-01-06, ACHIEVED, 100.0, ",
            "130,   2022-02-01, 2022-02-01, ACHIEVED, 110.0, ",
            // on the target date not reached is still judged by the line (which expects 100 %); a day later overdue
            "119,   2022-01-11, 2022-01-11, ON_TRACK, 99.0,  100.0",
            "109,   2022-01-11, 2022-01-11, AT_RISK,  89.0,  100.0",
            "119,   2022-01-12, 2022-01-12, OVERDUE,  99.0,  ",
            // a value on track when measured is overdue when judged after the target date
            "70,    2022-01-06, 2022-01-12, OVERDUE,  50.0,  "})
    void anIncreasingIndicator(String value, String date, String judgedOn, IndicatorStatus status, String progress,
                               String expected) {
        Judgement judgement = StatusFormula.judge(INCREASE, reading(value, date), LocalDate.parse(judgedOn));

        assertThat(judgement.status()).isEqualTo(status);
        assertThat(judgement.reason()).isNull();
        assertThat(judgement.progressPercent()).isEqualByComparingTo(progress);
        assertThat(judgement.expectedProgressPercent()).isEqualTo(expected == null ? null : new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} on {1}: {2} ({3} %)")
    @CsvSource({
            "30,    2022-01-06, ON_TRACK, 50.0",
            "34,    2022-01-06, ON_TRACK, 40.0",
            "34.04, 2022-01-06, AT_RISK,  39.9",
            "10,    2022-01-06, ACHIEVED, 100.0",
            "5,     2022-01-06, ACHIEVED, 112.5",
            // worse than the baseline: negative progress
            "52,    2022-01-01, ON_TRACK, -5.0",
            "60,    2022-01-01, AT_RISK,  -25.0",
            "11,    2022-01-12, OVERDUE,  97.5"})
    void aDecreasingIndicatorMovesDownTowardsItsTarget(String value, String date, IndicatorStatus status,
                                                        String progress) {
        Judgement judgement = StatusFormula.judge(DECREASE, reading(value, date), LocalDate.parse(date));

        assertThat(judgement.status()).isEqualTo(status);
        assertThat(judgement.progressPercent()).isEqualByComparingTo(progress);
    }

    @Test
    void progressIsShownWithOneDecimal() {
        Indicator thirds = measured(measure("0", "2022-01-01"), measure("3", "2022-01-31"), Direction.INCREASE);

        Judgement judgement = StatusFormula.judge(thirds, reading("1", "2022-01-11"), LocalDate.parse("2022-01-11"));

        assertThat(judgement.progressPercent()).isEqualTo(new BigDecimal("33.3"));
        assertThat(judgement.expectedProgressPercent()).isEqualTo(new BigDecimal("33.3"));
        assertThat(judgement.status()).isEqualTo(ON_TRACK);
    }

    @Test
    void aTargetEqualToTheBaselineIsAllOrNothing() {
        Indicator keep = measured(measure("10", "2022-01-01"), measure("10", "2022-12-31"), Direction.INCREASE);

        assertThat(StatusFormula.judge(keep, reading("10", "2022-06-30"), LocalDate.parse("2022-06-30")))
                .isEqualTo(new Judgement(ACHIEVED, null, new BigDecimal("100.0"), null));
        assertThat(StatusFormula.judge(keep, reading("9", "2022-06-30"), LocalDate.parse("2022-06-30")).status())
                .isEqualTo(AT_RISK);
    }

    @Nested
    class WithoutSomethingToJudgeAgainst {

        @Test
        void noValueIsNoData() {
            assertThat(StatusFormula.judge(INCREASE, null, LocalDate.parse("2022-01-06")))
                    .isEqualTo(Judgement.noData(NoDataReason.NO_VALUE));
        }

        @Test
        void noTargetIsNoDataWhateverTheValue() {
            Indicator counted = measured(measure("20", "2022-01-01"), null, null);

            assertThat(StatusFormula.judge(counted, reading("500", "2022-01-06"), LocalDate.parse("2022-01-06")))
                    .isEqualTo(Judgement.noData(NoDataReason.NO_TARGET));
        }

        @Test
        void withoutABaselineOnlyReachingOrMissingTheTargetCanBeJudged() {
            Indicator noBaseline = measured(null, measure("100", "2022-12-31"), Direction.INCREASE);

            assertThat(StatusFormula.judge(noBaseline, reading("100", "2022-06-30"), LocalDate.parse("2022-06-30")))
                    .isEqualTo(new Judgement(ACHIEVED, null, null, null));
            assertThat(StatusFormula.judge(noBaseline, reading("50", "2022-06-30"), LocalDate.parse("2022-06-30")))
                    .isEqualTo(new Judgement(NO_DATA, NoDataReason.NO_BASELINE, null, null));
            assertThat(StatusFormula.judge(noBaseline, reading("50", "2022-06-30"), LocalDate.parse("2023-01-01")))
                    .isEqualTo(new Judgement(OVERDUE, null, null, null));
        }

        @Test
        void aBaselineWithoutADateDrawsNoLine() {
            Indicator undatedBaseline = measured(measure("0", null), measure("100", "2022-12-31"), Direction.INCREASE);

            assertThat(StatusFormula.judge(undatedBaseline, reading("50", "2022-06-30"), LocalDate.parse("2022-06-30")))
                    .isEqualTo(new Judgement(NO_DATA, NoDataReason.NO_BASELINE, new BigDecimal("50.0"), null));
        }

        @Test
        void aTargetWithoutADateIsNeverOverdueAndDrawsNoLine() {
            Indicator undatedTarget = measured(measure("0", "2022-01-01"), measure("100", null), Direction.INCREASE);

            assertThat(StatusFormula.judge(undatedTarget, reading("50", "2030-06-30"), LocalDate.parse("2030-06-30")))
                    .isEqualTo(new Judgement(NO_DATA, NoDataReason.NO_TARGET_DATE, new BigDecimal("50.0"), null));
            assertThat(StatusFormula.judge(undatedTarget, reading("100", "2030-06-30"), LocalDate.parse("2030-06-30"))
                    .status()).isEqualTo(ACHIEVED);
        }
    }

    @Nested
    class ComplianceAnswers {

        private static final Indicator ROUTINE = new Indicator("2.a", "Skriftlig rutin beslutad på ledningsnivå",
                null, null, null, null, new IndicatorSource(IndicatorSource.Kind.COMPLIANCE, null, null, null, null,
                null), null);

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({"YES, ACHIEVED", "PARTLY, AT_RISK", "NO, OVERDUE"})
        void anAnswerIsJudgedByWhatItSays(ComplianceAnswer answer, IndicatorStatus status) {
            assertThat(StatusFormula.judge(ROUTINE, answer(answer, "2021-03-15"), LocalDate.parse("2021-06-30")))
                    .isEqualTo(new Judgement(status, null, null, null));
        }

        @Test
        void anAnswerCountsFor24MonthsAndNotADayLonger() {
            Reading answered = answer(ComplianceAnswer.YES, "2021-03-15");

            assertThat(StatusFormula.judge(ROUTINE, answered, LocalDate.parse("2023-03-15")).status())
                    .isEqualTo(ACHIEVED);
            assertThat(StatusFormula.judge(ROUTINE, answered, LocalDate.parse("2023-03-16")))
                    .isEqualTo(Judgement.noData(NoDataReason.STALE_ANSWER));
        }

        @Test
        void noAnswerIsNoData() {
            assertThat(StatusFormula.judge(ROUTINE, null, LocalDate.parse("2021-06-30")))
                    .isEqualTo(Judgement.noData(NoDataReason.NO_VALUE));
        }

        private static Reading answer(ComplianceAnswer answer, String date) {
            return new Reading(LocalDate.parse(date), null, answer, "Beslut i ledningsgruppen", null, null);
        }
    }

    private static Indicator measured(Measure baseline, Measure target, Direction direction) {
        return new Indicator("1.a", "Antal", "antal", baseline, target, direction, IndicatorSource.MANUAL, null);
    }

    private static Measure measure(String value, String date) {
        return new Measure(new BigDecimal(value), date == null ? null : LocalDate.parse(date));
    }

    private static Reading reading(String value, String date) {
        return Reading.computed(LocalDate.parse(date), new BigDecimal(value));
    }
}
