package se.vinr.ledger.query.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.query.PointInTime;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlanHistoryFoldTest {

    private static final ObjectMapper JSON = SpringLikeObjectMapper.create();

    private final PlanHistoryFold fold = new PlanHistoryFold(JSON);

    @Test
    void goteborgHistoryIsInBusinessDateOrderWithTheLateRecordedTransferInItsPlace() {
        PlanHistory history = history(new PointInTime(LocalDate.parse("2025-01-01"), null));

        assertThat(history.municipalityId()).isEqualTo(GoteborgPlan.MUNICIPALITY);
        assertThat(history.planId()).isEqualTo(GoteborgPlan.PLAN);
        assertThat(history.version()).isEqualTo(20);
        assertThat(history.entries()).hasSize(21);
        assertThat(history.entries().subList(16, 21))
                .extracting(entry -> entry.businessDate() + " " + entry.type() + " #" + entry.sequence())
                .containsExactly(
                        "2020-12-16 PlanDecisionRecorded #16",
                        "2021-01-01 PlanResponsibilityTransferred #18",
                        "2021-02-03 PlanRevisionProposed #17",
                        "2021-02-23 PlanDecisionRecorded #19",
                        "2021-08-27 PlanDecisionRecorded #20");
    }

    @Test
    void eachEntryTellsWhoRecordedWhatWhenAndTheEventsOwnFields() {
        PlanHistory.Entry transfer = history(new PointInTime(LocalDate.parse("2021-01-31"), null)).entries().get(17);

        assertThat(transfer.type()).isEqualTo("PlanResponsibilityTransferred");
        assertThat(transfer.recordedAt()).isEqualTo(GoteborgPlan.TRANSFER_RECORDED_AT);
        assertThat(transfer.recordedBy()).isEqualTo("registrar-snc");
        assertThat(transfer.correlationId()).isEqualTo("correlation-vinr-2021-2024-18");
        assertThat(transfer.details().path("toBody").asText()).isEqualTo(GoteborgPlan.SOCIALNAMNDEN_CENTRUM);
        assertThat(transfer.details().path("effectiveDate").asText()).isEqualTo("2021-01-01");
        assertThat(transfer.details().has("municipalityId")).isFalse();
        assertThat(transfer.details().has("planId")).isFalse();
        assertThat(transfer.diff()).isNull();
    }

    @Test
    void onlyRevisionsAfterTheFirstCarryADiff() {
        PlanHistory history = history(new PointInTime(LocalDate.parse("2025-01-01"), null));

        assertThat(history.entries()).filteredOn(entry -> entry.diff() != null)
                .singleElement()
                .satisfies(revision2 -> {
                    assertThat(revision2.details().path("revision").asInt()).isEqualTo(2);
                    assertThat(revision2.diff().fromRevision()).isEqualTo(1);
                    assertThat(revision2.diff().activities().added()).extracting(RevisionDiff.Element::path)
                            .containsExactly("goals[3].activities[3:5]");
                });
    }

    @Test
    void historyAsOfAndKnownAtEndsWhereTheViewEnds() {
        Instant beforeTheTransferWasRecorded = Instant.parse(GoteborgPlan.TRANSFER_RECORDED_AT).minusSeconds(1);

        PlanHistory history = history(new PointInTime(LocalDate.parse("2021-02-22"), beforeTheTransferWasRecorded));

        assertThat(history.entries()).extracting(PlanHistory.Entry::sequence).doesNotContain(18L, 19L, 20L);
        assertThat(history.entries()).last().extracting(PlanHistory.Entry::sequence).isEqualTo(17L);
        assertThat(history.version()).isEqualTo(17);
        assertThat(history.knownAt()).isEqualTo(beforeTheTransferWasRecorded);
    }

    private PlanHistory history(PointInTime at) {
        return fold.history(PlanTimeline.visibleAt(GoteborgPlan.timeline(), at), at);
    }
}
