package se.vinr.ledger.query.comparison;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.query.TrackingEvents;
import se.vinr.ledger.query.TrackingTest;
import se.vinr.ledger.query.comparison.IndicatorComparison.KeyPersonsPer1000Staff;
import se.vinr.ledger.query.comparison.IndicatorComparison.MeetingsFigure;
import se.vinr.ledger.query.comparison.IndicatorComparison.MunicipalityFigures;
import se.vinr.ledger.query.comparison.IndicatorComparison.TrainingCoverageFigure;
import se.vinr.ledger.query.comparison.IndicatorComparison.UnitCoverageFigure;
import se.vinr.ledger.query.keyperson.Basis;
import se.vinr.ledger.query.keyperson.KeyPersonTotal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.ledger.events.organisation.Operator.OWN;

class ComparisonTest extends TrackingTest {

    private static final TrackingEvents SUNDBYBERG = new TrackingEvents("sundbyberg");
    private static final TrackingEvents GOTEBORG = new TrackingEvents("goteborg");
    private static final LocalDate END_OF_2023 = LocalDate.parse("2023-12-31");

    @Autowired
    private ComparisonQueryHandler queries;

    @BeforeEach
    void threeMunicipalities() {
        TrackingScenario.record(ledger);
        registerMunicipality(SUNDBYBERG, "Sundbybergs stad");
        registerMunicipality(GOTEBORG, "Göteborgs Stad");
        ledger.record(SUNDBYBERG.unit("mottagningen", "Socialtjänsten", OWN, 200),
                SUNDBYBERG.total(10, "2023-06-01", "sundbyberg-rapport.txt"),
                SUNDBYBERG.series("intern-samverkansgrupp", 6));
    }

    private MunicipalityFigures municipality(IndicatorComparison comparison, String id) {
        return comparison.municipalities().stream().filter(one -> one.municipalityId().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyMunicipalitysFiguresSideBySideEachWithItsDate() {
        IndicatorComparison comparison = queries.handle(new FindIndicatorComparison(asOf("2023-12-31")));

        assertThat(comparison.municipalities()).extracting(MunicipalityFigures::municipalityId)
                .containsExactly("goteborg", "gotland", "sundbyberg");
        MunicipalityFigures gotland = municipality(comparison, "gotland");
        assertThat(gotland.name()).isEqualTo("Region Gotland");
        assertThat(gotland.trainingCoverage()).containsExactly(
                new TrainingCoverageFigure("nck-webbkurs", "Kurs nck-webbkurs", new BigDecimal("43.8"), 35, 80L,
                        END_OF_2023),
                new TrainingCoverageFigure("patriark", "Kurs patriark", new BigDecimal("1.3"), 1, 80L, END_OF_2023));
        assertThat(gotland.keyPersonsPer1000Staff()).isEqualTo(new KeyPersonsPer1000Staff(new BigDecimal("25.0"),
                new KeyPersonTotal(Basis.COUNTED, 2, END_OF_2023), 80L, END_OF_2023));
        assertThat(gotland.unitCoverage()).isEqualTo(new UnitCoverageFigure(new BigDecimal("66.7"), 2, 3,
                END_OF_2023));
        assertThat(gotland.meetings()).containsExactly(new MeetingsFigure("nyckelpersonstraffar",
                "Serie nyckelpersonstraffar", 2023, 2, 2, true, END_OF_2023));

        MunicipalityFigures sundbyberg = municipality(comparison, "sundbyberg");
        assertThat(sundbyberg.keyPersonsPer1000Staff()).as("nothing counted: the reported total, with its date")
                .isEqualTo(new KeyPersonsPer1000Staff(new BigDecimal("50.0"),
                        new KeyPersonTotal(Basis.REPORTED, 10, LocalDate.parse("2023-06-01")), 200L,
                        LocalDate.parse("2023-06-01")));
        assertThat(sundbyberg.unitCoverage()).isEqualTo(new UnitCoverageFigure(new BigDecimal("0.0"), 0, 1,
                END_OF_2023));
        assertThat(sundbyberg.meetings()).containsExactly(new MeetingsFigure("intern-samverkansgrupp",
                "Serie intern-samverkansgrupp", 2023, 0, 6, false, END_OF_2023));
        assertThat(sundbyberg.trainingCoverage()).isEmpty();

        assertThat(municipality(comparison, "goteborg")).isEqualTo(new MunicipalityFigures("goteborg",
                "Göteborgs Stad", List.of(), new KeyPersonsPer1000Staff(null,
                new KeyPersonTotal(Basis.COUNTED, 0, END_OF_2023), null, END_OF_2023),
                new UnitCoverageFigure(null, 0, 0, END_OF_2023), List.of()));
    }

    @Test
    void asOfAndKnownAtApplyToEveryFigure() {
        MunicipalityFigures june = municipality(queries.handle(new FindIndicatorComparison(asOf("2023-06-30"))),
                "gotland");
        assertThat(june.trainingCoverage().get(0).coveragePercent()).isEqualByComparingTo("42.5");
        assertThat(june.meetings().get(0).held()).isEqualTo(1);
        assertThat(june.keyPersonsPer1000Staff().keyPersons()).isEqualTo(
                new KeyPersonTotal(Basis.COUNTED, 2, LocalDate.parse("2023-06-30")));

        Instant beforeKeyPersons = ledger.stored().get(15).recordedAt();
        MunicipalityFigures known = municipality(queries.handle(new FindIndicatorComparison(
                at("2023-12-31", beforeKeyPersons))), "gotland");
        assertThat(known.keyPersonsPer1000Staff()).isEqualTo(new KeyPersonsPer1000Staff(new BigDecimal("1250.0"),
                new KeyPersonTotal(Basis.REPORTED, 100, LocalDate.parse("2023-01-15")), 80L,
                LocalDate.parse("2023-01-15")));
        assertThat(known.meetings()).isEmpty();
    }
}
