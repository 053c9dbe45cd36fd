package se.vinr.ledger.query.indicator;

import se.vinr.ledger.events.plan.Direction;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.Measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

import static se.vinr.ledger.query.indicator.IndicatorStatus.ACHIEVED;
import static se.vinr.ledger.query.indicator.IndicatorStatus.AT_RISK;
import static se.vinr.ledger.query.indicator.IndicatorStatus.NO_DATA;
import static se.vinr.ledger.query.indicator.IndicatorStatus.ON_TRACK;
import static se.vinr.ledger.query.indicator.IndicatorStatus.OVERDUE;
import static se.vinr.ledger.query.indicator.NoDataReason.NO_BASELINE;
import static se.vinr.ledger.query.indicator.NoDataReason.NO_TARGET;
import static se.vinr.ledger.query.indicator.NoDataReason.NO_TARGET_DATE;
import static se.vinr.ledger.query.indicator.NoDataReason.NO_VALUE;
import static se.vinr.ledger.query.indicator.NoDataReason.STALE_ANSWER;

/**
 * The status of an indicator's value, judged against a definition on a date (README, "Indicator status"). A value
 * of a series is judged on its own date; the current value on the view's asOf, so that a target date passing, or a
 * compliance answer ageing, changes the status without a new value.
 */
final class StatusFormula {

    /** How many percentage points progress may fall behind the straight line and still be ON_TRACK. */
    static final BigDecimal TOLERANCE = BigDecimal.TEN;
    /**
     * How long a compliance answer counts: Öppna jämförelser asks whether cooperation agreements were followed up
     * within 24 months, and an answer not renewed within that time says nothing about today for any question.
     */
    static final Period ANSWER_VALIDITY = Period.ofMonths(24);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StatusFormula() {
    }

    /** {@code reading} null: no value. */
    static Judgement judge(Indicator definition, Reading reading, LocalDate judgedOn) {
        if (definition.source().kind() == IndicatorSource.Kind.COMPLIANCE) {
            return compliance(reading, judgedOn);
        }
        return measured(definition, reading, judgedOn);
    }

    /** YES is achieved; PARTLY at risk; NO overdue, as the requirements asked about apply already. */
    private static Judgement compliance(Reading reading, LocalDate judgedOn) {
        if (reading == null || reading.answer() == null) {
            return Judgement.noData(NO_VALUE);
        }
        if (judgedOn.isAfter(reading.date().plus(ANSWER_VALIDITY))) {
            return Judgement.noData(STALE_ANSWER);
        }
        IndicatorStatus status = switch (reading.answer()) {
            case YES -> ACHIEVED;
            case PARTLY -> AT_RISK;
            case NO -> OVERDUE;
        };
        return new Judgement(status, null, null, null);
    }

    private static Judgement measured(Indicator definition, Reading reading, LocalDate judgedOn) {
        if (reading == null || reading.value() == null) {
            return Judgement.noData(NO_VALUE);
        }
        Measure target = definition.target();
        Direction direction = definition.direction();
        if (target == null || direction == null) {
            return Judgement.noData(NO_TARGET);
        }
        Measure baseline = definition.baseline();
        boolean reached = reached(direction, reading.value(), target.value());
        BigDecimal progress = baseline == null ? null : progress(baseline.value(), target.value(), reading.value(),
                reached);
        if (reached) {
            return new Judgement(ACHIEVED, null, rounded(progress), null);
        }
        if (target.date() != null && judgedOn.isAfter(target.date())) {
            return new Judgement(OVERDUE, null, rounded(progress), null);
        }
        if (baseline == null || baseline.date() == null) {
            return new Judgement(NO_DATA, NO_BASELINE, rounded(progress), null);
        }
        if (target.date() == null) {
            return new Judgement(NO_DATA, NO_TARGET_DATE, rounded(progress), null);
        }
        BigDecimal expected = expected(baseline.date(), target.date(), reading.date());
        IndicatorStatus status = progress.compareTo(expected.subtract(TOLERANCE)) >= 0 ? ON_TRACK : AT_RISK;
        return new Judgement(status, null, rounded(progress), rounded(expected));
    }

    private static boolean reached(Direction direction, BigDecimal value, BigDecimal target) {
        int comparison = value.compareTo(target);
        return direction == Direction.INCREASE ? comparison >= 0 : comparison <= 0;
    }

    /** (value - baseline) / (target - baseline), in percent: the same formula serves both directions. */
    private static BigDecimal progress(BigDecimal baseline, BigDecimal target, BigDecimal value, boolean reached) {
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            return reached ? HUNDRED : BigDecimal.ZERO;
        }
        return value.subtract(baseline).multiply(HUNDRED).divide(span, MathContext.DECIMAL64);
    }

    /** The straight line's progress on {@code date}: the share of the days from baseline to target date elapsed. */
    private static BigDecimal expected(LocalDate baselineDate, LocalDate targetDate, LocalDate date) {
        long total = ChronoUnit.DAYS.between(baselineDate, targetDate);
        if (total <= 0) {
            return HUNDRED;
        }
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(baselineDate, date)));
        return BigDecimal.valueOf(elapsed * 100).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    }

    private static BigDecimal rounded(BigDecimal percent) {
        return percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
    }
}
