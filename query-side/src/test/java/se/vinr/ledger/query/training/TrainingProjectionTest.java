package se.vinr.ledger.query.training;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.TrackingTest;
import se.vinr.ledger.query.training.TrainingCoverage.Coverage;
import se.vinr.ledger.query.training.TrainingCoverage.CourseCoverage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TrainingProjectionTest extends TrackingTest {

    @Autowired
    private TrainingQueryHandler queries;

    private static Coverage coverage(long individual, long counted, Long headcount, String percent, Integer stimulus) {
        return new Coverage(individual + counted, individual, counted, headcount,
                percent == null ? null : new BigDecimal(percent),
                stimulus == null ? null : BigDecimal.valueOf(stimulus));
    }

    private CourseCoverage course(String asOf, String courseCode) {
        return course(queries.handle(new FindTrainingCoverage(GOTLAND.municipality(), asOf(asOf))), courseCode);
    }

    private static CourseCoverage course(TrainingCoverage view, String courseCode) {
        return view.courses().stream().filter(course -> course.courseCode().equals(courseCode)).findFirst()
                .orElseThrow();
    }

    /**
     * As known now, the months before asOf's are read summed per month; as known at an instant, completion by
     * completion. On every day around the scenario's the two agree (bar the knownAt the answer repeats).
     */
    @Test
    void coverageFromMonthlySumsEqualsCoverageFromEveryCompletionOnEveryDay() {
        TrainingScenario.record(ledger);
        Instant later = Instant.parse("2100-01-01T00:00:00Z");

        for (LocalDate day = LocalDate.parse("2022-11-01"); day.isBefore(LocalDate.parse("2023-09-01"));
             day = day.plusDays(1)) {
            TrainingCoverage now = queries.handle(new FindTrainingCoverage(GOTLAND.municipality(),
                    asOf(day.toString())));
            TrainingCoverage known = queries.handle(new FindTrainingCoverage(GOTLAND.municipality(),
                    at(day.toString(), later)));
            assertThat(now.courses()).as("as of %s", day).isEqualTo(known.courses());
            assertThat(now.stimulusOwedSek()).as("as of %s", day).isEqualTo(known.stimulusOwedSek());
            assertThat(now.notes()).as("as of %s", day).isEqualTo(known.notes());
        }
    }

    @Test
    void completionsHeadcountCoverageAndStimulusPerUnitDepartmentAndMunicipality() {
        TrainingScenario.record(ledger);

        TrainingCoverage view = queries.handle(new FindTrainingCoverage(GOTLAND.municipality(), asOf("2023-06-30")));

        assertThat(view.courses()).extracting(CourseCoverage::courseCode).containsExactly("nck-webbkurs", "patriark");
        CourseCoverage nck = course(view, "nck-webbkurs");
        assertThat(nck.stimulusPerCertificateSek()).isEqualByComparingTo("500");
        assertThat(nck.units()).extracting(unit -> unit.unitId(), unit -> unit.department(), unit -> unit.operator(),
                        unit -> unit.coverage())
                .containsExactly(
                        tuple("familjefrid", "IFO", "OWN", coverage(1, 0, 10L, "10.0", 500)),
                        tuple("slite", "Hemtjänsten", "CONTRACTED", coverage(1, 0, 20L, "5.0", 500)),
                        tuple("visby", "Hemtjänsten", "OWN", coverage(2, 10, 50L, "24.0", 6000)));
        assertThat(nck.departments()).extracting(department -> department.department(),
                        department -> department.units(), department -> department.coverage())
                .containsExactly(
                        tuple("Hemtjänsten", 2, coverage(3, 10, 70L, "18.6", 6500)),
                        tuple("IFO", 1, coverage(1, 0, 10L, "10.0", 500)));
        assertThat(nck.total()).as("the batch without a unit counts in the total only")
                .isEqualTo(coverage(4, 30, 80L, "42.5", 17000));
        assertThat(nck.countedWithoutUnit()).isEqualTo(20);
        assertThat(course(view, "patriark").total()).isEqualTo(coverage(1, 0, 80L, "1.3", null));
        assertThat(view.stimulusOwedSek()).isEqualByComparingTo("17000");
        assertThat(view.notes()).singleElement().asString()
                .contains("20 completions of nck-webbkurs").contains("municipality total only");
    }

    @Test
    void asOfADateCountsTheCompletionsAndHeadcountsOfThatDate() {
        TrainingScenario.record(ledger);

        CourseCoverage march = course("2023-03-31", "nck-webbkurs");
        assertThat(march.units()).extracting(unit -> unit.coverage())
                .containsExactly(coverage(1, 0, 10L, "10.0", 500), coverage(0, 0, 20L, "0.0", 0),
                        coverage(2, 0, 40L, "5.0", 1000));
        assertThat(march.total()).isEqualTo(coverage(3, 0, 70L, "4.3", 1500));
        assertThat(march.countedWithoutUnit()).isZero();

        CourseCoverage before = course("2022-12-31", "patriark");
        assertThat(before.units().get(0).coverage()).as("familjefrid's headcount is first known on 2023-01-01")
                .isEqualTo(coverage(1, 0, null, null, null));
        assertThat(before.departments()).extracting(department -> department.coverage().headcount())
                .containsExactly(60L, null);
        assertThat(before.total().headcount()).isNull();
        assertThat(before.total().coveragePercent()).isNull();
    }

    @Test
    void knownAtLeavesOutWhatWasRecordedLater() {
        TrainingScenario.record(ledger);
        Instant beforeVisbyBatch = ledger.stored().get(ledger.stored().size() - 2).recordedAt();

        TrainingCoverage then = queries.handle(new FindTrainingCoverage(GOTLAND.municipality(),
                at("2023-06-30", beforeVisbyBatch)));

        assertThat(course(then, "nck-webbkurs").total()).isEqualTo(coverage(4, 20, 80L, "30.0", 12000));
        assertThat(then.knownAt()).isEqualTo(beforeVisbyBatch);
        TrainingCoverage beforeAnything = queries.handle(new FindTrainingCoverage(GOTLAND.municipality(),
                at("2023-06-30", Instant.parse("2020-01-01T00:00:00Z"))));
        assertThat(beforeAnything.courses()).isEmpty();
        assertThat(beforeAnything.stimulusOwedSek()).isEqualByComparingTo("0");
    }

    @Test
    void redeliveredEventsChangeNothing() {
        TrainingScenario.record(ledger);
        TrainingCoverage once = queries.handle(new FindTrainingCoverage(GOTLAND.municipality(), asOf("2023-12-31")));

        ledger.deliverAllAgain();

        assertThat(count("rm_training_completion")).isEqualTo(8);
        assertThat(count("rm_course")).isEqualTo(2);
        assertThat(count("rm_tracking_unit")).isEqualTo(3);
        assertThat(count("rm_headcount")).isEqualTo(4);
        assertThat(queries.handle(new FindTrainingCoverage(GOTLAND.municipality(), asOf("2023-12-31"))))
                .isEqualTo(once);
    }

    @Test
    void aMunicipalityWithoutTrainingHasNoCoursesAndAnUnknownOneIsNotFound() {
        assertThat(queries.handle(new FindTrainingCoverage(GOTLAND.municipality(), asOf("2023-06-30"))).courses())
                .isEmpty();
        assertThatThrownBy(() -> queries.handle(new FindTrainingCoverage(new MunicipalityId("atlantis"),
                asOf("2023-06-30")))).isInstanceOf(NotFoundException.class).hasMessageContaining("atlantis");
    }
}
