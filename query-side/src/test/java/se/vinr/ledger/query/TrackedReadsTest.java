package se.vinr.ledger.query;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.query.organisation.Staffing;
import se.vinr.ledger.query.organisation.TrackedUnit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tracking views read as known now is kept per municipality until a tracking row of that municipality is
 * added; nothing kept outlives a reset, and reads as known at an instant are never kept.
 */
class TrackedReadsTest extends TrackingTest {

    private static final TrackingEvents GOTEBORG = new TrackingEvents("goteborg");

    @Autowired
    private TrackedReads reads;
    @Autowired
    private Staffing staffing;

    private final AtomicInteger reading = new AtomicInteger();

    /** A row with a date, or none (before every date). */
    private record Dated(LocalDate date) {
    }

    private static List<Dated> dated(String... dates) {
        return Arrays.stream(dates).map(date -> new Dated(date == null ? null : LocalDate.parse(date))).toList();
    }

    /** A read that counts how often it ran. */
    private List<String> countedRead() {
        reading.incrementAndGet();
        return List.of("answer " + reading.get());
    }

    private List<String> readNow(TrackingEvents municipality) {
        return reads.read(municipality.municipality(), null, List.of("test"), this::countedRead);
    }

    @Test
    void aReadAsKnownNowIsKeptUntilARowOfTheMunicipalityIsAdded() {
        ledger.record(GOTLAND.unit("hemtjanst-norr", "Hemtjänsten", Operator.OWN, 20));

        assertThat(readNow(GOTLAND)).containsExactly("answer 1");
        assertThat(readNow(GOTLAND)).as("kept").containsExactly("answer 1");

        ledger.record(GOTLAND.headcount("hemtjanst-norr", 22, "2024-01-01"));

        assertThat(readNow(GOTLAND)).as("read again: the municipality's stamp changed").containsExactly("answer 2");
        assertThat(reading).hasValue(2);
    }

    @Test
    void theViewsSeeARowAddedAfterTheyKeptTheirReads() {
        ledger.record(GOTLAND.unit("hemtjanst-norr", "Hemtjänsten", Operator.OWN, 20));
        assertThat(staffing.units(GOTLAND.municipality(), null)).extracting(TrackedUnit::unitId)
                .containsExactly("hemtjanst-norr");
        assertThat(staffing.headcounts(GOTLAND.municipality(), LocalDate.parse("2024-12-31"), null)
                .at(LocalDate.parse("2024-06-30"))).containsEntry("hemtjanst-norr", 20);

        ledger.record(GOTLAND.unit("ifo", "IFO", Operator.OWN, 12),
                GOTLAND.headcount("hemtjanst-norr", 25, "2024-03-01"));

        assertThat(staffing.units(GOTLAND.municipality(), null)).extracting(TrackedUnit::unitId)
                .containsExactly("hemtjanst-norr", "ifo");
        assertThat(staffing.headcounts(GOTLAND.municipality(), LocalDate.parse("2024-12-31"), null)
                .at(LocalDate.parse("2024-06-30"))).containsEntry("hemtjanst-norr", 25).containsEntry("ifo", 12);
    }

    @Test
    void rowsOfAnotherMunicipalityLeaveWhatIsKeptAlone() {
        registerMunicipality(GOTEBORG, "Göteborgs Stad");
        ledger.record(GOTLAND.unit("hemtjanst-norr", "Hemtjänsten", Operator.OWN, 20));
        readNow(GOTLAND);

        ledger.record(GOTEBORG.unit("angered", "Stadsområde Nordost", Operator.OWN, 300));

        assertThat(readNow(GOTLAND)).containsExactly("answer 1");
        assertThat(readNow(GOTEBORG)).as("kept apart").containsExactly("answer 2");
    }

    @Test
    void aRedeliveredEventAddsNoRowAndLeavesWhatIsKeptAlone() {
        ledger.record(GOTLAND.unit("hemtjanst-norr", "Hemtjänsten", Operator.OWN, 20));
        readNow(GOTLAND);

        ledger.deliverAllAgain();

        assertThat(readNow(GOTLAND)).containsExactly("answer 1");
    }

    @Test
    void readsAsKnownAtAnInstantAreNeverKept() {
        ledger.record(GOTLAND.unit("hemtjanst-norr", "Hemtjänsten", Operator.OWN, 20));
        Instant knownAt = ledger.lastRecordedAt();

        reads.read(GOTLAND.municipality(), knownAt, List.of("test"), this::countedRead);
        reads.read(GOTLAND.municipality(), knownAt, List.of("test"), this::countedRead);

        assertThat(reading).hasValue(2);
    }

    @Test
    void aMunicipalityWithoutTrackingRowsHasNothingKept() {
        readNow(GOTLAND);
        readNow(GOTLAND);

        assertThat(reading).hasValue(2);
    }

    @Test
    void aResetForgetsEveryStampSoNothingKeptIsReadAgain() {
        ledger.record(GOTLAND.unit("hemtjanst-norr", "Hemtjänsten", Operator.OWN, 20));
        readNow(GOTLAND);

        ledger.reset();

        assertThat(count("rm_tracking_stream")).isZero();
        assertThat(staffing.units(GOTLAND.municipality(), null)).isEmpty();
        readNow(GOTLAND);
        assertThat(reading).hasValue(2);
    }

    @Test
    void upToCutsTheKeptRowsAfterTheDateAndKeepsTheUndated() {
        ledger.record(GOTLAND.unit("hemtjanst-norr", "Hemtjänsten", Operator.OWN, 20));
        List<Dated> rows = dated(null, "2024-01-31", "2024-02-29", "2024-03-31");
        List<LocalDate> untils = new ArrayList<>();

        List<Dated> upToFebruary = reads.upTo(GOTLAND.municipality(), null, List.of("dates"),
                LocalDate.parse("2024-02-29"), Dated::date, (until, knownAt) -> {
                    untils.add(until);
                    return rows;
                });
        List<Dated> upToJanuary = reads.upTo(GOTLAND.municipality(), null, List.of("dates"),
                LocalDate.parse("2024-02-28"), Dated::date, (until, knownAt) -> {
                    untils.add(until);
                    return rows;
                });

        assertThat(upToFebruary).isEqualTo(dated(null, "2024-01-31", "2024-02-29"));
        assertThat(upToJanuary).isEqualTo(dated(null, "2024-01-31"));
        assertThat(untils).as("read once, for every date").containsExactly(LocalDate.parse("9999-12-31"));
    }

    @Test
    void upToAsKnownAtAnInstantAsksForTheDateItself() {
        List<LocalDate> untils = new ArrayList<>();

        reads.upTo(GOTLAND.municipality(), Instant.parse("2024-01-15T08:00:00Z"), List.of("dates"),
                LocalDate.parse("2024-02-29"), Dated::date, (until, knownAt) -> {
                    untils.add(until);
                    return List.of();
                });

        assertThat(untils).containsExactly(LocalDate.parse("2024-02-29"));
    }
}
