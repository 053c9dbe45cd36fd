package se.vinr.ledger.query.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.UnitId;
import se.vinr.ledger.events.organisation.HeadcountReported;
import se.vinr.ledger.events.organisation.MunicipalityRegistered;
import se.vinr.ledger.events.organisation.Operator;
import se.vinr.ledger.events.organisation.UnitRegistered;
import se.vinr.ledger.events.plan.PlanContent;
import se.vinr.ledger.query.PointInTime;
import se.vinr.ledger.query.ReadModelTest;
import se.vinr.ledger.query.plan.GoteborgPlan;
import se.vinr.ledger.query.plan.PlanProjection;
import se.vinr.ledger.query.plan.PlanStatus;
import se.vinr.ledger.query.plan.TimelineBuilder;
import se.vinr.ledger.query.plan.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.ledger.events.plan.DecisionKind.ADOPTED;

class OrganisationProjectionTest extends ReadModelTest {

    private static final MunicipalityId GOTLAND = new MunicipalityId("gotland");
    private static final Instant REGISTERED = Instant.parse("2022-01-10T08:00:00Z");
    private static final UnitId HEMTJANSTEN = new UnitId("hemtjansten-visby");

    @Autowired
    private OrganisationProjection projection;
    @Autowired
    private PlanProjection plans;
    @Autowired
    private MunicipalityQueryHandler queries;

    @Test
    void aRegistrationRecordedAgainKeepsOneRowWithTheLatestNameAndTheFirstInstant() {
        projection.on(new MunicipalityRegistered(GOTLAND, "Gotlands kommun", "0980"), REGISTERED);
        projection.on(new MunicipalityRegistered(GOTLAND, "Region Gotland", "0980"), REGISTERED.plusSeconds(60));
        projection.on(new MunicipalityRegistered(GOTLAND, "Region Gotland", "0980"), REGISTERED.plusSeconds(60));

        assertThat(count("rm_municipality")).isEqualTo(1);
        assertThat(queries.handle(new FindMunicipalities(PointInTime.today(), null))).containsExactly(
                new MunicipalitySummary("gotland", "Region Gotland", "0980", null));
        assertThat(queries.handle(new FindMunicipalities(new PointInTime(PointInTime.today().asOf(), REGISTERED),
                null))).hasSize(1);
    }

    @Test
    void aCallerSeesOnlyTheMunicipalitiesItMayRead() {
        projection.on(new MunicipalityRegistered(GOTLAND, "Region Gotland", "0980"), REGISTERED);
        projection.on(new MunicipalityRegistered(new MunicipalityId("goteborg"), "Göteborgs Stad", "1480"), REGISTERED);

        assertThat(queries.handle(new FindMunicipalities(PointInTime.today(), Set.of("goteborg"))))
                .extracting(MunicipalitySummary::id).containsExactly("goteborg");
        assertThat(queries.handle(new FindMunicipalities(PointInTime.today(), Set.of()))).isEmpty();
        assertThat(queries.handle(new FindMunicipalities(PointInTime.today(), null))).hasSize(2);
    }

    @Test
    void theHeadcountOfTheLatestDateWinsAndARedeliveredRegistrationDoesNotUndoIt() {
        UnitRegistered registered = new UnitRegistered(GOTLAND, HEMTJANSTEN, "Hemtjänsten Visby", "Hemtjänsten",
                Operator.OWN, 40);
        projection.on(registered);
        projection.on(new HeadcountReported(GOTLAND, HEMTJANSTEN, 45, LocalDate.parse("2023-05-01")));
        projection.on(new HeadcountReported(GOTLAND, HEMTJANSTEN, 42, LocalDate.parse("2023-01-01")));
        projection.on(registered);

        assertThat(count("rm_unit")).isEqualTo(1);
        Map<String, Object> unit = jdbc.sql("SELECT * FROM rm_unit").query().singleRow();
        assertThat(unit).containsEntry("name", "Hemtjänsten Visby").containsEntry("operator", "OWN")
                .containsEntry("headcount", 45);
        assertThat(String.valueOf(unit.get("headcount_as_of"))).isEqualTo("2023-05-01");
    }

    @Test
    void resetEmptiesMunicipalitiesAndUnits() {
        projection.on(new MunicipalityRegistered(GOTLAND, "Region Gotland", "0980"), REGISTERED);
        projection.on(new UnitRegistered(GOTLAND, HEMTJANSTEN, "Hemtjänsten Visby", null, Operator.CONTRACTED, 12));

        projection.reset();

        assertThat(count("rm_municipality")).isZero();
        assertThat(count("rm_unit")).isZero();
    }

    @Test
    void municipalitiesWithThePlanInForceOrElseThePlanInPreparation() {
        projection.on(new MunicipalityRegistered(new MunicipalityId("goteborg"), "Göteborgs Stad", "1480"),
                Instant.parse("2018-01-01T00:00:00Z"));
        projection.on(new MunicipalityRegistered(GOTLAND, "Region Gotland", "0980"), REGISTERED);
        projection.on(new MunicipalityRegistered(new MunicipalityId("sundbyberg"), "Sundbybergs stad", "0183"),
                REGISTERED.plusSeconds(1));
        TimelineBuilder.project(GoteborgPlan.timeline(), plans);
        TimelineBuilder.project(gotlandPlan("son-2022-229", "2022-01-01", "2023-12-31", "2022-09-14"), plans);
        TimelineBuilder.project(gotlandPlan("son-2024-2026", "2024-01-01", "2026-12-31", "2024-06-12"), plans);

        assertThat(queries.handle(new FindMunicipalities(at("2023-06-30", null), null))).containsExactly(
                new MunicipalitySummary("goteborg", "Göteborgs Stad", "1480",
                        new MunicipalitySummary.ActivePlan(GoteborgPlan.PLAN, GoteborgPlan.TITLE,
                                PlanStatus.REFERRED_BACK)),
                new MunicipalitySummary("gotland", "Region Gotland", "0980",
                        new MunicipalitySummary.ActivePlan("son-2022-229", "Plan son-2022-229", PlanStatus.ADOPTED)),
                new MunicipalitySummary("sundbyberg", "Sundbybergs stad", "0183", null));
        // 2024-01-01: the 2022–2023 plan has expired and the next one is being prepared
        assertThat(queries.handle(new FindMunicipalities(at("2024-03-01", null), null)))
                .filteredOn(municipality -> municipality.id().equals("gotland")).singleElement()
                .satisfies(gotland -> assertThat(gotland.activePlan()).isEqualTo(
                        new MunicipalitySummary.ActivePlan("son-2024-2026", "Plan son-2024-2026", PlanStatus.DRAFT)));
        assertThat(queries.handle(new FindMunicipalities(at("2024-03-01", REGISTERED), null)))
                .extracting(MunicipalitySummary::id).containsExactly("goteborg", "gotland");
    }

    private static List<TimelineEntry> gotlandPlan(String planId, String start, String end, String adoptedOn) {
        return new TimelineBuilder("gotland", planId)
                .drafted("Plan " + planId, start, end, null, "Socialnämnden", LocalDate.parse(start).minusMonths(6)
                        .toString())
                .revision(1, new PlanContent(List.of()), "Socialförvaltningen",
                        LocalDate.parse(start).minusMonths(5).toString(), "Version 1.0", null)
                .decision(ADOPTED, 1, "Socialnämnden", adoptedOn)
                .entries();
    }

    private static PointInTime at(String asOf, Instant knownAt) {
        return new PointInTime(LocalDate.parse(asOf), knownAt);
    }
}
