package se.vinr.ledger.events.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateIdsTest {

    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");

    @Test
    void everyStreamOfAMunicipalityStartsWithItsIdAndIsDescribedAsAUserWouldSayIt() {
        String plan = AggregateIds.plan(GOTLAND, new PlanId("vinr-2022-2023"));
        String course = AggregateIds.course(GOTLAND, new CourseCode("nck-webbkurs"));
        String series = AggregateIds.meetingSeries(GOTLAND, new MeetingSeriesId("freda-arendegrupp"));

        assertThat(plan).isEqualTo("gotland/plan/vinr-2022-2023");
        assertThat(course).isEqualTo("gotland/course/nck-webbkurs");
        assertThat(series).isEqualTo("gotland/meeting-series/freda-arendegrupp");
        assertThat(AggregateIds.describe(plan)).isEqualTo("plan vinr-2022-2023 of gotland");
        assertThat(AggregateIds.describe(course)).isEqualTo("course nck-webbkurs of gotland");
        assertThat(AggregateIds.describe(series)).isEqualTo("meeting series freda-arendegrupp of gotland");
        assertThat(AggregateIds.describe(AggregateIds.municipality(GOTLAND))).isEqualTo("municipality gotland");
    }
}
