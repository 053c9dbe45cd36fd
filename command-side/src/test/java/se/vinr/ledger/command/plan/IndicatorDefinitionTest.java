package se.vinr.ledger.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.vinr.ledger.events.plan.Direction;
import se.vinr.ledger.events.plan.Goal;
import se.vinr.ledger.events.plan.Indicator;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.IndicatorSource.Kind;
import se.vinr.ledger.events.plan.Measure;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.events.plan.PlanRevisionProposed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;
import static se.vinr.ledger.command.CommandRejectedException.Reason.INVALID;
import static se.vinr.ledger.command.organisation.Rejection.rejected;
import static se.vinr.ledger.command.plan.PlanTestData.CASE_NUMBER;
import static se.vinr.ledger.command.plan.PlanTestData.GOTLAND;
import static se.vinr.ledger.command.plan.PlanTestData.PLAN_ID;
import static se.vinr.ledger.command.plan.PlanTestData.PROPOSED_ON;
import static se.vinr.ledger.command.plan.PlanTestData.drafted;
import static se.vinr.ledger.command.plan.PlanTestData.propose;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.ACTIVITY_COMPLETION;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.COMPLIANCE;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.KEY_PERSON_COUNT;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.KEY_PERSON_UNIT_COVERAGE;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.MANUAL;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.MEETINGS_HELD;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.SCREENINGS;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.TRAINING_COMPLETIONS;
import static se.vinr.ledger.events.plan.IndicatorSource.Kind.TRAINING_COVERAGE;

/**
 * Indicator definitions in a revision: baseline and target, the direction of progress, and the source of the
 * values with the parameters its kind needs and no others. Errors name the field by its path in the request.
 */
class IndicatorDefinitionTest {

    private static final Measure BASELINE = new Measure(new BigDecimal("12"), LocalDate.of(2022, 9, 1));
    private static final Measure TARGET = new Measure(new BigDecimal("100"), LocalDate.of(2023, 6, 30));

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    private static IndicatorSource source(Kind kind, String courseCode, String department, String seriesId,
                                          String instrument, String goalCode) {
        return new IndicatorSource(kind, courseCode, department, seriesId, instrument, goalCode);
    }

    private static IndicatorSource source(Kind kind) {
        return source(kind, null, null, null, null, null);
    }

    private static Indicator counted(String code, IndicatorSource source) {
        return new Indicator(code, "Indikator " + code, "st", null, null, null, source, null);
    }

    /** Goal 1 with the indicators, and goal 2 for indicators that refer to a goal. */
    private static PlanContent content(Indicator... indicators) {
        return new PlanContent(List.of(new Goal("1", "Utbildning", null, null, List.of(indicators)),
                new Goal("2", "Nyckelpersonsstruktur", null, null, null)));
    }

    private static PlanRevisionProposed proposed(PlanContent content) {
        return new PlanRevisionProposed(GOTLAND, PLAN_ID, 1, content, "Socialförvaltningen", PROPOSED_ON, null,
                CASE_NUMBER);
    }

    @Test
    void everyKindWithItsParametersIsAccepted() {
        PlanContent content = content(
                new Indicator("m", "Antal insända intyg", "st", BASELINE, TARGET, Direction.INCREASE, source(MANUAL),
                        "Intyg som skickats in för stimulansmedel"),
                new Indicator("v", "Väntetid till första samtal", "dagar", new Measure(new BigDecimal("30"), null),
                        new Measure(new BigDecimal("14"), null), Direction.DECREASE, source(MANUAL), null),
                counted("c", source(COMPLIANCE, null, "Hemtjänsten", null, null, null)),
                counted("tc", source(TRAINING_COVERAGE, "nck-webbkurs", null, null, null, null)),
                counted("tcd", source(TRAINING_COVERAGE, "nck-webbkurs", "IFO", null, null, null)),
                counted("tn", source(TRAINING_COMPLETIONS)),
                counted("kc", source(KEY_PERSON_COUNT)),
                counted("ku", source(KEY_PERSON_UNIT_COVERAGE, null, "Hemtjänsten", null, null, null)),
                counted("mh", source(MEETINGS_HELD, null, null, "freda-arendegrupp", null, null)),
                counted("sc", source(SCREENINGS, null, null, null, "FREDA_KORTFRAGOR", null)),
                counted("ac", source(ACTIVITY_COMPLETION, null, null, null, null, "2")),
                counted("ap", source(ACTIVITY_COMPLETION)));
        fixture.given(drafted())
                .when(propose(content))
                .expectEvents(proposed(content));
    }

    @Test
    void anIndicatorThatNamesNoSourceIsKeptByHand() {
        PlanContent content = content(new Indicator("1.a", "Antal intyg", "st", null, null, null, null, null));
        fixture.given(drafted())
                .when(propose(content))
                .expectEvents(proposed(content(new Indicator("1.a", "Antal intyg", "st", null, null, null,
                        IndicatorSource.MANUAL, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidIndicators")
    void anInvalidDefinitionIsRefusedWithThePathOfTheField(PlanContent content, String field, String message) {
        fixture.given(drafted())
                .when(propose(content))
                .expectNoEvents()
                .expectException(rejected(INVALID, field))
                .expectExceptionMessage(message);
    }

    static Stream<Arguments> invalidIndicators() {
        Indicator fine = counted("1.a", source(MANUAL));
        return Stream.of(
                arguments(named("training coverage without course",
                                content(fine, counted("1.b", source(TRAINING_COVERAGE)))),
                        "goals[0].indicators[1].source.courseCode",
                        "indicator 1.b of kind TRAINING_COVERAGE needs the courseCode"),
                arguments(named("course code that is no id", content(counted("1.b", source(TRAINING_COVERAGE,
                                "NCK webbkurs", null, null, null, null)))),
                        "goals[0].indicators[0].source.courseCode",
                        "courseCode must be 1-100 letters, digits, '.', '_' or '-', got 'NCK webbkurs'"),
                arguments(named("meetings held without series", content(counted("1.b", source(MEETINGS_HELD)))),
                        "goals[0].indicators[0].source.seriesId",
                        "indicator 1.b of kind MEETINGS_HELD needs the seriesId"),
                arguments(named("screenings without instrument", content(counted("1.b", source(SCREENINGS)))),
                        "goals[0].indicators[0].source.instrument",
                        "indicator 1.b of kind SCREENINGS needs the instrument"),
                arguments(named("unknown instrument", content(counted("1.b", source(SCREENINGS, null, null, null,
                                "FREDA", null)))),
                        "goals[0].indicators[0].source.instrument",
                        "'FREDA' is not one of [FREDA_KORTFRAGOR, FREDA_BESKRIVNING, FREDA_FARLIGHET, PATRIARK, "
                                + "SIGNS_OF_SAFETY, IRISK]"),
                arguments(named("parameter of another kind", content(counted("1.b", source(TRAINING_COVERAGE,
                                "nck-webbkurs", null, "freda-arendegrupp", null, null)))),
                        "goals[0].indicators[0].source.seriesId",
                        "indicator 1.b of kind TRAINING_COVERAGE takes no seriesId"),
                arguments(named("manual with a course", content(counted("1.b", source(MANUAL, "nck-webbkurs", null,
                                null, null, null)))),
                        "goals[0].indicators[0].source.courseCode",
                        "indicator 1.b of kind MANUAL takes no courseCode"),
                arguments(named("blank department", content(counted("1.b", source(KEY_PERSON_COUNT, null, " ", null,
                                null, null)))),
                        "goals[0].indicators[0].source.department",
                        "the department of indicator 1.b must not be blank; leave it out for all units"),
                arguments(named("activity completion of an unknown goal", content(counted("1.b",
                                source(ACTIVITY_COMPLETION, null, null, null, null, "7")))),
                        "goals[0].indicators[0].source.goalCode", "there is no goal 7 in this revision"),
                arguments(named("source without kind", content(counted("1.b", source(null)))),
                        "goals[0].indicators[0].source.kind",
                        "indicator 1.b needs the kind of its source, one of [MANUAL, COMPLIANCE, TRAINING_COVERAGE, "
                                + "TRAINING_COMPLETIONS, KEY_PERSON_COUNT, KEY_PERSON_UNIT_COVERAGE, MEETINGS_HELD, "
                                + "SCREENINGS, ACTIVITY_COMPLETION]"),
                arguments(named("target without direction", content(new Indicator("1.b", "Andel", "%", BASELINE,
                                TARGET, null, source(MANUAL), null))),
                        "goals[0].indicators[0].direction",
                        "indicator 1.b has a target, so it needs a direction: INCREASE or DECREASE"),
                arguments(named("direction away from the target", content(new Indicator("1.b", "Andel", "%",
                                BASELINE, TARGET, Direction.DECREASE, source(MANUAL), null))),
                        "goals[0].indicators[0].direction",
                        "indicator 1.b cannot DECREASE from its baseline 12 to its target 100"),
                arguments(named("target without value", content(new Indicator("1.b", "Andel", "%", null,
                                new Measure(null, LocalDate.of(2023, 6, 30)), Direction.INCREASE, source(MANUAL),
                                null))),
                        "goals[0].indicators[0].target.value", "the target of indicator 1.b needs a value"),
                arguments(named("baseline without value", content(new Indicator("1.b", "Andel", "%",
                                new Measure(null, LocalDate.of(2022, 9, 1)), null, null, source(MANUAL), null))),
                        "goals[0].indicators[0].baseline.value", "the baseline of indicator 1.b needs a value"),
                arguments(named("target dated before the baseline", content(new Indicator("1.b", "Andel", "%",
                                BASELINE, new Measure(BigDecimal.TEN, LocalDate.of(2022, 1, 1)), Direction.DECREASE,
                                source(MANUAL), null))),
                        "goals[0].indicators[0].target.date",
                        "the target date 2022-01-01 of indicator 1.b is before its baseline date 2022-09-01"),
                arguments(named("compliance with a numeric target", content(new Indicator("1.b", "Rutin", null, null,
                                TARGET, null, source(COMPLIANCE), null))),
                        "goals[0].indicators[0].target",
                        "indicator 1.b is answered YES, PARTLY or NO and has no numeric target"),
                arguments(named("compliance with a baseline", content(new Indicator("1.b", "Rutin", null, BASELINE,
                                null, null, source(COMPLIANCE), null))),
                        "goals[0].indicators[0].baseline",
                        "indicator 1.b is answered YES, PARTLY or NO and has no numeric baseline"),
                arguments(named("compliance with a direction", content(new Indicator("1.b", "Rutin", null, null,
                                null, Direction.INCREASE, source(COMPLIANCE), null))),
                        "goals[0].indicators[0].direction",
                        "indicator 1.b is answered YES, PARTLY or NO and has no direction"));
    }

    private static <T> Named<T> named(String name, T value) {
        return Named.of(name, value);
    }
}
