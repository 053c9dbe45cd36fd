package se.vinr.ledger.query.screening;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.TrackingTest;
import se.vinr.ledger.query.screening.ScreeningOverview.DepartmentScreenings;
import se.vinr.ledger.query.screening.ScreeningOverview.InstrumentScreenings;
import se.vinr.ledger.query.screening.ScreeningOverview.UnitScreenings;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.vinr.ledger.events.organisation.Operator.OWN;
import static se.vinr.ledger.events.screening.ScreeningInstrument.FREDA_FARLIGHET;
import static se.vinr.ledger.events.screening.ScreeningInstrument.FREDA_KORTFRAGOR;

class ScreeningProjectionTest extends TrackingTest {

    @Autowired
    private ScreeningQueryHandler queries;

    /** Quarterly FREDA short-question counts of three units; mottagningen's first quarter is corrected (last). */
    private void recordScenario() {
        ledger.record(
                GOTLAND.unit("mottagningen", "IFO", OWN, 12),
                GOTLAND.unit("barnskydd", "IFO", OWN, 8),
                GOTLAND.unit("hemtjansten", "Hemtjänsten", OWN, 40),
                GOTLAND.screenings("mottagningen", FREDA_KORTFRAGOR, "2023-01-01", "2023-03-31", 30),
                GOTLAND.screenings("mottagningen", FREDA_KORTFRAGOR, "2023-04-01", "2023-06-30", 25),
                GOTLAND.screenings("barnskydd", FREDA_KORTFRAGOR, "2023-01-01", "2023-03-31", 5),
                GOTLAND.screenings("hemtjansten", FREDA_KORTFRAGOR, "2023-01-01", "2023-06-30", 3),
                GOTLAND.screenings("barnskydd", FREDA_FARLIGHET, "2023-01-01", "2023-03-31", 2),
                GOTLAND.screenings("mottagningen", FREDA_KORTFRAGOR, "2023-01-01", "2023-03-31", 35));
    }

    private ScreeningOverview overview(PointInTime at, String from, String to) {
        return queries.handle(new FindScreenings(GOTLAND.municipality(), at,
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to)));
    }

    private static InstrumentScreenings instrument(ScreeningOverview overview, String instrument) {
        return overview.instruments().stream().filter(one -> one.instrument().equals(instrument)).findFirst()
                .orElseThrow();
    }

    @Test
    void perInstrumentDepartmentAndUnitTheLaterRecordOfAPeriodReplacingTheEarlier() {
        recordScenario();

        ScreeningOverview overview = overview(asOf("2023-12-31"), null, null);

        assertThat(overview.instruments())
                .extracting(InstrumentScreenings::instrument, InstrumentScreenings::screenings)
                .containsExactly(tuple("FREDA_FARLIGHET", 2L), tuple("FREDA_KORTFRAGOR", 68L));
        InstrumentScreenings freda = instrument(overview, "FREDA_KORTFRAGOR");
        assertThat(freda.departments()).containsExactly(new DepartmentScreenings("Hemtjänsten", 3),
                new DepartmentScreenings("IFO", 65));
        assertThat(freda.units()).extracting(UnitScreenings::unitId, UnitScreenings::department,
                        UnitScreenings::screenings)
                .containsExactly(tuple("barnskydd", "IFO", 5L), tuple("hemtjansten", "Hemtjänsten", 3L),
                        tuple("mottagningen", "IFO", 60L));
        assertThat(freda.units().get(2).periods()).extracting(period -> period.periodStart().toString(),
                        period -> period.screenings())
                .containsExactly(tuple("2023-01-01", 35), tuple("2023-04-01", 25));
    }

    @Test
    void onlyPeriodsEndedByAsOfAndWithinFromAndToCount() {
        recordScenario();

        assertThat(instrument(overview(asOf("2023-05-31"), null, null), "FREDA_KORTFRAGOR").screenings())
                .isEqualTo(40);
        assertThat(overview(asOf("2023-03-30"), null, null).instruments()).isEmpty();
        assertThat(instrument(overview(asOf("2023-12-31"), "2023-04-01", null), "FREDA_KORTFRAGOR").screenings())
                .isEqualTo(25);
        assertThat(instrument(overview(asOf("2023-12-31"), null, "2023-03-31"), "FREDA_KORTFRAGOR").screenings())
                .isEqualTo(40);
        ScreeningOverview firstHalf = overview(asOf("2023-12-31"), "2023-01-01", "2023-06-30");
        assertThat(instrument(firstHalf, "FREDA_KORTFRAGOR").screenings()).isEqualTo(68);
        assertThat(firstHalf.from()).isEqualTo(LocalDate.parse("2023-01-01"));
    }

    @Test
    void knownAtShowsTheRecordThatStoodThen() {
        recordScenario();
        Instant beforeCorrection = ledger.stored().get(ledger.stored().size() - 2).recordedAt();

        ScreeningOverview then = overview(at("2023-12-31", beforeCorrection), null, null);

        assertThat(instrument(then, "FREDA_KORTFRAGOR").screenings()).isEqualTo(63);
        assertThat(instrument(then, "FREDA_KORTFRAGOR").units().get(2).periods().get(0).recordedAt())
                .isEqualTo(ledger.stored().get(3).recordedAt());
    }

    @Test
    void redeliveredEventsChangeNothing() {
        recordScenario();
        ScreeningOverview once = overview(asOf("2023-12-31"), null, null);

        ledger.deliverAllAgain();

        assertThat(count("rm_screening")).isEqualTo(6);
        assertThat(overview(asOf("2023-12-31"), null, null)).isEqualTo(once);
    }

    @Test
    void anUnknownMunicipalityIsNotFound() {
        assertThatThrownBy(() -> queries.handle(new FindScreenings(new MunicipalityId("atlantis"), asOf("2023-06-30"),
                null, null))).isInstanceOf(NotFoundException.class);
    }
}
