package se.vinr.ledger.query.keyperson;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.Source;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.TrackingTest;
import se.vinr.ledger.query.keyperson.KeyPersonCoverage.KeyPersonCount;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.vinr.ledger.events.organisation.Operator.OWN;

class KeyPersonProjectionTest extends TrackingTest {

    @Autowired
    private KeyPersonQueryHandler queries;

    /** Four units in three departments; kp-2 leaves after 2023-06-30, kp-3 moves on 2023-09-01 (recorded last). */
    private void recordScenario() {
        ledger.record(
                GOTLAND.unit("visby", "Hemtjänsten", OWN, 40),
                GOTLAND.unit("slite", "Hemtjänsten", OWN, 20),
                GOTLAND.unit("familjefrid", "IFO", OWN, 10),
                GOTLAND.unit("oof", "OOF", OWN, 30),
                GOTLAND.registered("kp-1", "visby", "2023-01-10"),
                GOTLAND.registered("kp-2", "visby", "2023-02-01"),
                GOTLAND.registered("kp-3", "familjefrid", "2023-03-01"),
                GOTLAND.total(100, "2023-05-15", "gotland-delrapport-2023-05-15.txt"),
                GOTLAND.total(129, "2024-06-30", "gotland-aterrapportering.txt"),
                GOTLAND.deregistered("kp-2", "visby", "2023-06-30"),
                GOTLAND.moved("kp-3", "familjefrid", "slite", "2023-09-01"));
    }

    private KeyPersonCoverage coverage(PointInTime at) {
        return queries.handle(new FindKeyPersonCoverage(GOTLAND.municipality(), at));
    }

    private static KeyPersonCount counted(int active, int units, int covered, String percent) {
        return new KeyPersonCount(Basis.COUNTED, active, units, covered, units - covered,
                percent == null ? null : new BigDecimal(percent));
    }

    @Test
    void unitsWithAndWithoutAnActiveKeyPersonCountedNextToTheReportedTotal() {
        recordScenario();

        KeyPersonCoverage view = coverage(asOf("2023-05-31"));

        assertThat(view.counted()).isEqualTo(counted(3, 4, 2, "50.0"));
        assertThat(view.unitsWithKeyPerson()).extracting(unit -> unit.unitId(), unit -> unit.activeKeyPersons())
                .containsExactly(tuple("familjefrid", 1), tuple("visby", 2));
        assertThat(view.unitsWithoutKeyPerson()).extracting(unit -> unit.unitId(), unit -> unit.department())
                .containsExactly(tuple("oof", "OOF"), tuple("slite", "Hemtjänsten"));
        assertThat(view.departments()).extracting(department -> department.department(),
                        department -> department.counted())
                .containsExactly(tuple("Hemtjänsten", counted(2, 2, 1, "50.0")),
                        tuple("IFO", counted(1, 1, 1, "100.0")), tuple("OOF", counted(0, 1, 0, "0.0")));
        assertThat(view.reportedTotal()).isEqualTo(new ReportedTotal(Basis.REPORTED, 100,
                LocalDate.parse("2023-05-15"),
                new Source("gotland-delrapport-2023-05-15.txt", "nyckelpersoner är inrapporterade")));
        assertThat(view.keyPersons()).as("counted where any is counted, never added to the reported")
                .isEqualTo(new KeyPersonTotal(Basis.COUNTED, 3, LocalDate.parse("2023-05-31")));
    }

    @Test
    void aKeyPersonServesUpToTheLastDayAndInTheNewUnitFromTheDayOfTheMove() {
        recordScenario();

        assertThat(coverage(asOf("2023-01-09")).counted()).isEqualTo(counted(0, 4, 0, "0.0"));
        assertThat(coverage(asOf("2023-01-09")).reportedTotal()).isNull();
        assertThat(coverage(asOf("2023-06-30")).counted().activeKeyPersons()).isEqualTo(3);
        assertThat(coverage(asOf("2023-07-01")).unitsWithKeyPerson())
                .extracting(unit -> unit.unitId(), unit -> unit.activeKeyPersons())
                .containsExactly(tuple("familjefrid", 1), tuple("visby", 1));
        assertThat(coverage(asOf("2023-08-31")).unitsWithKeyPerson()).extracting(unit -> unit.unitId())
                .containsExactly("familjefrid", "visby");
        KeyPersonCoverage afterMove = coverage(asOf("2023-09-01"));
        assertThat(afterMove.unitsWithKeyPerson()).extracting(unit -> unit.unitId()).containsExactly("slite", "visby");
        assertThat(afterMove.counted()).isEqualTo(counted(2, 4, 2, "50.0"));
        assertThat(coverage(asOf("2024-12-31")).reportedTotal().count()).isEqualTo(129);
    }

    @Test
    void knownAtShowsTheKeyPersonWhereTheRecordsThenHadThem() {
        recordScenario();
        Instant beforeMove = ledger.stored().get(ledger.stored().size() - 2).recordedAt();

        KeyPersonCoverage then = coverage(at("2023-12-31", beforeMove));

        assertThat(then.unitsWithKeyPerson()).extracting(unit -> unit.unitId())
                .containsExactly("familjefrid", "visby");
        Instant beforeTotals = ledger.stored().get(6).recordedAt();
        assertThat(coverage(at("2024-12-31", beforeTotals)).reportedTotal()).isNull();
    }

    @Test
    void whereNothingIsCountedTheReportedTotalIsTheFigureAndSaysSo() {
        ledger.record(GOTLAND.unit("visby", "Hemtjänsten", OWN, 40),
                GOTLAND.total(100, "2023-05-15", "gotland-delrapport-2023-05-15.txt"));

        KeyPersonCoverage view = coverage(asOf("2023-12-31"));

        assertThat(view.keyPersons()).isEqualTo(new KeyPersonTotal(Basis.REPORTED, 100, LocalDate.parse("2023-05-15")));
        assertThat(view.counted()).isEqualTo(counted(0, 1, 0, "0.0"));
        assertThat(coverage(asOf("2023-05-14")).keyPersons())
                .isEqualTo(new KeyPersonTotal(Basis.COUNTED, 0, LocalDate.parse("2023-05-14")));
    }

    @Test
    void redeliveredEventsChangeNothing() {
        recordScenario();
        KeyPersonCoverage once = coverage(asOf("2023-09-30"));

        ledger.deliverAllAgain();

        assertThat(count("rm_key_person_assignment")).isEqualTo(5);
        assertThat(count("rm_key_person_total")).isEqualTo(2);
        assertThat(coverage(asOf("2023-09-30"))).isEqualTo(once);
    }

    @Test
    void anUnknownMunicipalityIsNotFound() {
        assertThatThrownBy(() -> queries.handle(new FindKeyPersonCoverage(new MunicipalityId("atlantis"),
                asOf("2023-06-30")))).isInstanceOf(NotFoundException.class);
    }
}
