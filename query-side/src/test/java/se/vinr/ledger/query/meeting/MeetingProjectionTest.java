package se.vinr.ledger.query.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.TrackingTest;
import se.vinr.ledger.query.meeting.MeetingOverview.Meeting;
import se.vinr.ledger.query.meeting.MeetingOverview.SeriesOverview;
import se.vinr.ledger.query.meeting.MeetingOverview.YearOverview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class MeetingProjectionTest extends TrackingTest {

    @Autowired
    private MeetingQueryHandler queries;

    /** Key-person meetings twice a year (2022: one; 2023: two) and a FREDA case group monthly, defined later. */
    private void recordScenario() {
        ledger.record(
                GOTLAND.series("nyckelpersonstraffar", 2),
                GOTLAND.meeting("nyckelpersonstraffar", "2022-11-10", 60, "struktur"),
                GOTLAND.meeting("nyckelpersonstraffar", "2023-05-11", 80, "uppstart av strukturen"),
                GOTLAND.meeting("nyckelpersonstraffar", "2023-11-09", null, "rutinarbete"),
                GOTLAND.series("freda-arendegrupp", 12),
                GOTLAND.meeting("freda-arendegrupp", "2023-01-12", 8, null),
                GOTLAND.meeting("freda-arendegrupp", "2023-02-09", 7, null));
    }

    private MeetingOverview overview(PointInTime at) {
        return queries.handle(new FindMeetings(GOTLAND.municipality(), at));
    }

    private static SeriesOverview series(MeetingOverview overview, String seriesId) {
        return overview.series().stream().filter(series -> series.seriesId().equals(seriesId)).findFirst()
                .orElseThrow();
    }

    @Test
    void perSeriesAndYearHeldAgainstRequiredWithTheMeetings() {
        recordScenario();

        MeetingOverview overview = overview(asOf("2023-12-31"));

        assertThat(overview.series()).extracting(SeriesOverview::seriesId, SeriesOverview::name,
                        SeriesOverview::requiredPerYear)
                .containsExactly(tuple("freda-arendegrupp", "Serie freda-arendegrupp", 12),
                        tuple("nyckelpersonstraffar", "Serie nyckelpersonstraffar", 2));
        assertThat(series(overview, "nyckelpersonstraffar").years()).containsExactly(
                new YearOverview(2022, true, 1, 2, false, 60, 0,
                        List.of(new Meeting(LocalDate.parse("2022-11-10"), 60, "struktur"))),
                new YearOverview(2023, true, 2, 2, true, 80, 1,
                        List.of(new Meeting(LocalDate.parse("2023-05-11"), 80, "uppstart av strukturen"),
                                new Meeting(LocalDate.parse("2023-11-09"), null, "rutinarbete"))));
        assertThat(series(overview, "freda-arendegrupp").years()).extracting(YearOverview::year,
                        YearOverview::held, YearOverview::met, YearOverview::participants)
                .containsExactly(tuple(2023, 2, false, 15));
    }

    @Test
    void theYearOfAsOfCountsTheMeetingsHeldSoFarAndLaterYearsShowNone() {
        recordScenario();

        YearOverview midYear = series(overview(asOf("2023-06-30")), "nyckelpersonstraffar").years().get(1);
        assertThat(midYear.yearComplete()).isFalse();
        assertThat(midYear.held()).isEqualTo(1);
        assertThat(midYear.met()).isFalse();

        assertThat(series(overview(asOf("2025-03-01")), "nyckelpersonstraffar").years())
                .extracting(YearOverview::year, YearOverview::held, YearOverview::yearComplete)
                .containsExactly(tuple(2022, 1, true), tuple(2023, 2, true), tuple(2024, 0, true),
                        tuple(2025, 0, false));
        assertThat(series(overview(asOf("2022-01-01")), "freda-arendegrupp").years())
                .extracting(YearOverview::year, YearOverview::held).containsExactly(tuple(2022, 0));
    }

    @Test
    void knownAtLeavesOutSeriesAndMeetingsRecordedLater() {
        recordScenario();
        Instant beforeFreda = ledger.stored().get(3).recordedAt();

        MeetingOverview then = overview(at("2023-12-31", beforeFreda));

        assertThat(then.series()).extracting(SeriesOverview::seriesId).containsExactly("nyckelpersonstraffar");
        assertThat(overview(at("2023-12-31", ledger.stored().get(2).recordedAt())).series().get(0).years().get(1)
                .held()).isEqualTo(1);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        recordScenario();
        MeetingOverview once = overview(asOf("2023-12-31"));

        ledger.deliverAllAgain();

        assertThat(count("rm_meeting")).isEqualTo(5);
        assertThat(count("rm_meeting_series")).isEqualTo(2);
        assertThat(overview(asOf("2023-12-31"))).isEqualTo(once);
    }

    @Test
    void anUnknownMunicipalityIsNotFound() {
        assertThatThrownBy(() -> queries.handle(new FindMeetings(new MunicipalityId("atlantis"), asOf("2023-06-30"))))
                .isInstanceOf(NotFoundException.class);
    }
}
