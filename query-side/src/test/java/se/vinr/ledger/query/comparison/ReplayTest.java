package se.vinr.ledger.query.comparison;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.plan.IndicatorSource;
import se.vinr.ledger.events.plan.IndicatorSource.Kind;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.TrackingLedger;
import se.vinr.ledger.query.TrackingTest;
import se.vinr.ledger.query.indicator.DerivedFigures;
import se.vinr.ledger.query.keyperson.KeyPersonFigures;
import se.vinr.ledger.query.meeting.MeetingFigures;
import se.vinr.ledger.query.screening.ScreeningFigures;
import se.vinr.ledger.query.training.TrainingFigures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tracking read models are a function of the events: rebuilt from them, they answer the same. */
class ReplayTest extends TrackingTest {

    private static final List<String> TABLES = List.of("rm_tracking_unit", "rm_headcount", "rm_course",
            "rm_training_completion", "rm_training_day", "rm_key_person_assignment", "rm_key_person_total",
            "rm_meeting_series", "rm_meeting", "rm_screening");

    @Autowired
    private TrainingFigures training;
    @Autowired
    private KeyPersonFigures keyPersons;
    @Autowired
    private MeetingFigures meetings;
    @Autowired
    private ScreeningFigures screenings;
    @Autowired
    private DerivedFigures derived;
    @Autowired
    private ComparisonQueryHandler comparison;

    private List<Object> recorded;
    private Map<String, Long> rows;

    @BeforeEach
    void recordScenario() {
        TrackingScenario.record(ledger);
        recorded = answers();
        rows = rows();
    }

    /** Every view on several dates, now and known at an earlier instant, and derived figures of every kind. */
    private List<Object> answers() {
        List<Object> answers = new ArrayList<>();
        Instant midway = ledger.stored().get(ledger.stored().size() / 2).recordedAt();
        for (PointInTime at : List.of(asOf("2022-12-31"), asOf("2023-06-30"), asOf("2024-01-31"),
                at("2023-12-31", midway))) {
            answers.add(training.coverage(GOTLAND.municipality(), at));
            answers.add(keyPersons.coverage(GOTLAND.municipality(), at));
            answers.add(meetings.overview(GOTLAND.municipality(), at));
            answers.add(screenings.overview(GOTLAND.municipality(), at, null, null));
            answers.add(comparison.handle(new FindIndicatorComparison(at)));
            for (Kind kind : Kind.values()) {
                answers.add(derived.valuesAt(GOTLAND.municipality(), new IndicatorSource(kind, "nck-webbkurs", null,
                                "nyckelpersonstraffar", "FREDA_KORTFRAGOR", null),
                        dates("2022-12-31", "2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31"), at.knownAt()));
            }
        }
        return answers;
    }

    private Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        TABLES.forEach(table -> rows.put(table, count(table)));
        return rows;
    }

    @Test
    void resetEmptiesTheTablesAndAReplayAnswersAsBefore() {
        ledger.reset();
        assertThat(rows()).allSatisfy((table, count) -> assertThat(count).as(table).isZero());

        ledger.deliverAllAgain();

        assertThat(rows()).isEqualTo(rows);
        assertThat(answers()).isEqualTo(recorded);
    }

    @Test
    void eventsDeliveredAgainOverTheTablesChangeNothing() {
        ledger.deliverAllAgain();

        assertThat(rows()).isEqualTo(rows);
        assertThat(answers()).isEqualTo(recorded);
    }

    /** A pooled processor keeps each aggregate's order only: here the units arrive after what refers to them. */
    @Test
    void aReplayInAnotherOrderOfTheAggregatesAnswersAsBefore() {
        Map<String, List<TrackingLedger.Stored>> byAggregate = new LinkedHashMap<>();
        ledger.stored().forEach(one -> byAggregate.computeIfAbsent(one.aggregate(), id -> new ArrayList<>()).add(one));
        List<List<TrackingLedger.Stored>> aggregates = new ArrayList<>(byAggregate.values());
        ledger.reset();

        for (int i = aggregates.size() - 1; i >= 0; i--) {
            aggregates.get(i).forEach(ledger::deliver);
        }

        assertThat(byAggregate.keySet().iterator().next()).isEqualTo("gotland");
        assertThat(rows()).isEqualTo(rows);
        assertThat(answers()).isEqualTo(recorded);
    }
}
