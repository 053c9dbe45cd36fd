package se.vinr.ledger.query.indicator;

import org.junit.jupiter.api.Test;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.plan.ComplianceAnswer;
import se.vinr.ledger.events.plan.Direction;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.Measure;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.plan.FollowUpPlan;
import se.vinr.ledger.query.plan.PlanFollowUp;
import se.vinr.ledger.query.plan.PlanProgress;
import se.vinr.ledger.query.plan.PlanStatus;
import se.vinr.ledger.query.plan.TimelineBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.vinr.ledger.events.plan.ActivityStatus.DONE;
import static se.vinr.ledger.events.plan.DecisionKind.ADOPTED;
import static se.vinr.ledger.query.indicator.IndicatorStatus.ACHIEVED;
import static se.vinr.ledger.query.indicator.IndicatorStatus.AT_RISK;
import static se.vinr.ledger.query.indicator.IndicatorStatus.NO_DATA;
import static se.vinr.ledger.query.indicator.IndicatorStatus.ON_TRACK;

/**
 * Indicators of the {@link FollowUpPlan}: screenings counted by hand (1.a, 0 to 200 over the plan's three years,
 * lowered to 150 by revision 2), a written routine (1.b, compliance), the completion of goal 2's activities (2.c)
 * and the coverage of the introduction course (2.d, computed by the tracking views: here a stand-in).
 */
class IndicatorBoardTest {

    private static final Measure PLAN_START = measure("0", "2018-01-01");
    private static final Indicator SCREENINGS = new Indicator("1.a", "Antal screeningsamtal", "antal", PLAN_START,
            measure("200", "2020-12-31"), Direction.INCREASE, IndicatorSource.MANUAL, null);
    private static final Indicator ROUTINE = new Indicator("1.b", "Skriftlig rutin", null, null, null, null,
            new IndicatorSource(IndicatorSource.Kind.COMPLIANCE, null, null, null, null, null), null);
    private static final Indicator COMPLETION = new Indicator("2.c", "Genomförda aktiviteter", "%", PLAN_START,
            measure("100", "2020-12-31"), Direction.INCREASE,
            new IndicatorSource(IndicatorSource.Kind.ACTIVITY_COMPLETION, null, null, null, null, "2"), null);
    private static final IndicatorSource COURSE = new IndicatorSource(IndicatorSource.Kind.TRAINING_COVERAGE,
            "intro", null, null, null, null);
    private static final Indicator COVERAGE = new Indicator("2.d", "Andel med introduktionskurs", "%",
            measure("10", "2018-01-01"), measure("90", "2019-12-31"), Direction.INCREASE, COURSE, null);

    /** What the stand-in for the tracking figures was asked. */
    private final List<SortedSet<LocalDate>> askedDates = new ArrayList<>();
    private final List<Instant> askedKnownAt = new ArrayList<>();
    private final IndicatorBoard board = new IndicatorBoard((municipality, source, dates, knownAt) -> {
        assertThat(municipality).isEqualTo(new MunicipalityId(FollowUpPlan.MUNICIPALITY));
        assertThat(source).isEqualTo(COURSE);
        askedDates.add(dates);
        askedKnownAt.add(knownAt);
        return Map.of(LocalDate.parse("2018-06-30"), new BigDecimal("30"),
                LocalDate.parse("2019-07-31"), new BigDecimal("80"));
    });

    private static TimelineBuilder plan() {
        return FollowUpPlan.adopted(List.of(SCREENINGS, ROUTINE), List.of(COMPLETION, COVERAGE))
                .value(1, "1.a", "40", "2018-06-30")
                .answer(1, "1.b", ComplianceAnswer.PARTLY, "2018-04-01")
                .activityStatus(1, "2:2", "2018-06-30", DONE, "2018-06-20")
                .value(1, "1.a", "50", "2018-12-31")
                .value(1, "1.a", "70", "2018-12-31")
                .answer(1, "1.b", ComplianceAnswer.YES, "2019-03-01")
                .value(1, "1.a", "70", "2019-06-30");
    }

    @Test
    void aValueKeptByHandIsJudgedOnAsOfAndEachValueOfItsSeriesOnItsDate() {
        IndicatorView screenings = indicator(board.indicators(followUp(plan(), "2019-07-31"), everything()), "1.a");

        assertThat(screenings.value()).isEqualByComparingTo("70");
        assertThat(screenings.valueDate()).isEqualTo("2019-06-30");
        // 545 of 1095 days: the line expects 49.8 %, 35 % is more than 10 points behind
        assertThat(screenings.status()).isEqualTo(AT_RISK);
        assertThat(screenings.progressPercent()).isEqualTo(new BigDecimal("35.0"));
        assertThat(screenings.expectedProgressPercent()).isEqualTo(new BigDecimal("49.8"));
        assertThat(screenings.series()).extracting(IndicatorPoint::date, IndicatorPoint::value, IndicatorPoint::status,
                        IndicatorPoint::progressPercent, IndicatorPoint::expectedProgressPercent)
                .as("the second value of 2018-12-31 corrects the first")
                .containsExactly(
                        tuple(LocalDate.parse("2018-06-30"), new BigDecimal("40"), ON_TRACK, new BigDecimal("20.0"),
                                new BigDecimal("16.4")),
                        tuple(LocalDate.parse("2018-12-31"), new BigDecimal("70"), ON_TRACK, new BigDecimal("35.0"),
                                new BigDecimal("33.2")),
                        tuple(LocalDate.parse("2019-06-30"), new BigDecimal("70"), AT_RISK, new BigDecimal("35.0"),
                                new BigDecimal("49.8")));
        assertThat(screenings.series().get(0).source().document()).isEqualTo("uppfoljning.txt");
    }

    @Test
    void theSeriesKeepsToFromAndTo() {
        PlanFollowUp followUp = followUp(plan(), "2019-07-31");

        assertThat(indicator(board.indicators(followUp, range("2018-07-01", "2018-12-31")), "1.a").series())
                .extracting(IndicatorPoint::date).containsExactly(LocalDate.parse("2018-12-31"));
        assertThat(indicator(board.indicators(followUp, null), "1.a").series()).as("no series asked").isEmpty();
    }

    @Test
    void aValueIsJudgedAgainstTheDefinitionInForceOnItsDate() {
        Indicator lowered = new Indicator("1.a", "Antal screeningsamtal", "antal", PLAN_START,
                measure("150", "2020-12-31"), Direction.INCREASE, IndicatorSource.MANUAL, null);
        TimelineBuilder amended = plan()
                .revision(2, FollowUpPlan.revision2(List.of(lowered, ROUTINE), List.of()), "Förvaltningen",
                        "2019-08-01", null, null)
                .decision(ADOPTED, 2, "Social- och arbetsmarknadsnämnden", "2019-09-01")
                .value(2, "1.a", "110", "2019-10-01");

        IndicatorView screenings = indicator(board.indicators(followUp(amended, "2019-12-31"), everything()), "1.a");

        assertThat(screenings.target().value()).isEqualByComparingTo("150");
        assertThat(screenings.judgedByRevision()).isEqualTo(2);
        // 110 of 150: 73.3 %, the line expects 58.3 % on 2019-10-01
        assertThat(screenings.status()).isEqualTo(ON_TRACK);
        assertThat(screenings.progressPercent()).isEqualTo(new BigDecimal("73.3"));
        assertThat(screenings.series()).extracting(IndicatorPoint::judgedByRevision, IndicatorPoint::status)
                .containsExactly(tuple(1, ON_TRACK), tuple(1, ON_TRACK), tuple(1, AT_RISK), tuple(2, ON_TRACK));
    }

    @Test
    void aComplianceAnswerCountsFor24Months() {
        IndicatorView routine = indicator(board.indicators(followUp(plan(), "2019-07-31"), everything()), "1.b");
        assertThat(routine.answer()).isEqualTo(ComplianceAnswer.YES);
        assertThat(routine.evidence()).isEqualTo("Protokoll 2019-03-01");
        assertThat(routine.status()).isEqualTo(ACHIEVED);
        assertThat(routine.series()).extracting(IndicatorPoint::answer, IndicatorPoint::status)
                .containsExactly(tuple(ComplianceAnswer.PARTLY, AT_RISK), tuple(ComplianceAnswer.YES, ACHIEVED));

        IndicatorView stale = indicator(board.indicators(followUp(plan(), "2021-03-02"), null), "1.b");
        assertThat(stale.status()).isEqualTo(NO_DATA);
        assertThat(stale.noDataReason()).isEqualTo(NoDataReason.STALE_ANSWER);
        assertThat(stale.valueDate()).isEqualTo("2019-03-01");
    }

    @Test
    void activityCompletionIsComputedAtEachMonthEndOfTheRange() {
        IndicatorView completion = indicator(board.indicators(followUp(plan(), "2019-07-31"),
                range("2018-04-01", "2018-07-31")), "2.c");

        // goal 2: 2:1 and 2:3, and from its due date the spring term's course 2:2, done on 2018-06-20; nothing done
        // by the end of April is more than 10 points behind the line's 10.9 %
        assertThat(completion.series()).extracting(IndicatorPoint::date, IndicatorPoint::value, IndicatorPoint::status)
                .containsExactly(
                        tuple(LocalDate.parse("2018-04-30"), new BigDecimal("0.0"), AT_RISK),
                        tuple(LocalDate.parse("2018-05-31"), new BigDecimal("0.0"), AT_RISK),
                        tuple(LocalDate.parse("2018-06-30"), new BigDecimal("33.3"), ON_TRACK),
                        tuple(LocalDate.parse("2018-07-31"), new BigDecimal("33.3"), ON_TRACK));
        // on asOf: 1 of 5 (2:2 twice more, both overdue), the line expects 52.6 %
        assertThat(completion.value()).isEqualByComparingTo("20.0");
        assertThat(completion.valueDate()).isEqualTo("2019-07-31");
        assertThat(completion.status()).isEqualTo(AT_RISK);
    }

    @Test
    void otherComputedKindsAreAskedOfTheTrackingFiguresAtTheMonthEndsAndOnAsOf() {
        PlanFollowUp known = followUp(plan(), "2019-07-31").at(new PointInTime(LocalDate.parse("2019-07-31"),
                Instant.parse("2019-08-01T12:00:00Z"))).orElseThrow();

        IndicatorView coverage = indicator(board.indicators(known, range(null, "2018-08-15")), "2.d");

        assertThat(askedDates).singleElement().satisfies(dates -> assertThat(dates).map(LocalDate::toString)
                .containsExactly("2018-01-31", "2018-02-28", "2018-03-31", "2018-04-30", "2018-05-31",
                        "2018-06-30", "2018-07-31", "2019-07-31"));
        assertThat(askedKnownAt).containsExactly(Instant.parse("2019-08-01T12:00:00Z"));
        assertThat(coverage.series()).extracting(IndicatorPoint::date, IndicatorPoint::value)
                .containsExactly(tuple(LocalDate.parse("2018-06-30"), new BigDecimal("30")));
        // (80 - 10) / (90 - 10) = 87.5 % where the line expects 79.0 %
        assertThat(coverage.value()).isEqualByComparingTo("80");
        assertThat(coverage.status()).isEqualTo(ON_TRACK);
        assertThat(coverage.progressPercent()).isEqualTo(new BigDecimal("87.5"));
    }

    @Test
    void progressRollsUpFromActivitiesAndIndicatorsToGoalsAndThePlan() {
        PlanProgress progress = board.of(followUp(plan(), "2019-07-31"));

        assertThat(progress.revision()).isEqualTo(1);
        assertThat(progress.goals()).extracting(PlanProgress.GoalProgress::goalCode).containsExactly("1", "2");
        // goal 1: 1:1 in May 2018 and 2019 and 1:2, none reported: all overdue
        assertThat(progress.goals().get(0).progress()).isEqualTo(new PlanProgress.Progress(
                new PlanProgress.ActivityCounts(3, 3, 0, 0, 0, 3, new BigDecimal("0.0")),
                new PlanProgress.IndicatorCounts(2, 1, 0, 1, 0, 0)));
        assertThat(progress.goals().get(1).progress()).isEqualTo(new PlanProgress.Progress(
                new PlanProgress.ActivityCounts(5, 4, 0, 1, 0, 2, new BigDecimal("20.0")),
                new PlanProgress.IndicatorCounts(2, 0, 1, 1, 0, 0)));
        assertThat(progress.plan()).isEqualTo(new PlanProgress.Progress(
                new PlanProgress.ActivityCounts(8, 7, 0, 1, 0, 5, new BigDecimal("12.5")),
                new PlanProgress.IndicatorCounts(4, 1, 1, 2, 0, 0)));
    }

    @Test
    void aPlanWithoutARevisionHasNoIndicatorsAndNoProgress() {
        PlanFollowUp drafted = followUp(plan(), "2018-02-01");

        assertThat(board.indicators(drafted, everything())).isEqualTo(new PlanIndicators(FollowUpPlan.PLAN,
                "Handlingsplan mot våld i nära relationer 2018-2020", PlanStatus.DRAFT,
                null, null, List.of()));
        assertThat(board.of(drafted)).isNull();
    }

    private static IndicatorView indicator(PlanIndicators plan, String code) {
        return plan.goals().stream().flatMap(goal -> goal.indicators().stream())
                .filter(indicator -> indicator.code().equals(code))
                .findFirst().orElseThrow();
    }

    private static PlanFollowUp followUp(TimelineBuilder plan, String asOf) {
        return plan.followUp(new PointInTime(LocalDate.parse(asOf), null));
    }

    private static IndicatorBoard.SeriesRange everything() {
        return new IndicatorBoard.SeriesRange(null, null);
    }

    private static IndicatorBoard.SeriesRange range(String from, String to) {
        return new IndicatorBoard.SeriesRange(from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    private static Measure measure(String value, String date) {
        return new Measure(new BigDecimal(value), LocalDate.parse(date));
    }
}
