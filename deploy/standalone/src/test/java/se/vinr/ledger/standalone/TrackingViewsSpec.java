package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracking views of one municipality (training coverage, key-person coverage, meetings, screenings) over HTTP:
 * written through the command API, read as of a date and as known at an instant, and their problems.
 */
abstract class TrackingViewsSpec extends ApiTest {

    static String municipality(String m) {
        return "/api/municipalities/" + m;
    }

    void send(String path, String json) {
        Response response = path.endsWith("/headcount") ? put(path, json) : post(path, json);
        assertThat(response.status()).as(path + " " + response.raw()).isBetween(200, 201);
    }

    void unit(String m, String unitId, String department, Integer headcount) {
        send(municipality(m) + "/units", """
                {"unitId": "%s", "name": "Enhet %s", "department": "%s", "operator": "OWN", "headcount": %s}"""
                .formatted(unitId, unitId, department, headcount));
    }

    /** When the municipality's latest event was recorded, as the event store has it. */
    Instant lastRecorded(String m) {
        return Instant.parse(jdbc.sql("SELECT timeStamp FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                        + " OR aggregateIdentifier LIKE ? ORDER BY globalIndex DESC FETCH FIRST 1 ROWS ONLY")
                .params(m, m + "/%").query(String.class).single());
    }

    JsonNode view(String path) {
        Response response = get(path);
        assertThat(response.status()).as(path + " " + response.raw()).isEqualTo(200);
        return response.body();
    }

    @Test
    void trainingCoveragePerUnitDepartmentAndCourseWithTheMunicipalityTotal() {
        String m = newMunicipality();
        unit(m, "visby", "Hemtjänsten", 40);
        unit(m, "familjefrid", "IFO", null);
        send(municipality(m) + "/units/familjefrid/headcount", """
                {"headcount": 10, "asOf": "2023-01-01"}""");
        send(municipality(m) + "/courses", TrainingApiSpec.COURSE);
        String completions = municipality(m) + "/training-completions";
        send(completions, """
                {"unitId": "visby", "courseCode": "nck-webbkurs", "completedOn": "2023-03-01",
                 "personRef": "hsf-1"}""");
        send(completions, """
                {"unitId": "familjefrid", "courseCode": "nck-webbkurs", "completedOn": "2023-02-01",
                 "personRef": "hsf-2"}""");
        send(completions, """
                {"courseCode": "nck-webbkurs", "completedOn": "2023-04-30", "count": 20}""");
        Instant beforeVisbyBatch = lastRecorded(m);
        send(completions, """
                {"unitId": "visby", "courseCode": "nck-webbkurs", "completedOn": "2023-05-02", "count": 5}""");
        String coverage = municipality(m) + "/training-coverage";

        eventually(() -> assertThat(view(coverage + "?asOf=2023-06-30").at("/courses/0/total/completions").asLong())
                .isEqualTo(27));
        JsonNode view = view(coverage + "?asOf=2023-06-30");
        JsonNode nck = view.at("/courses/0");
        assertThat(nck.path("courseCode").asText()).isEqualTo("nck-webbkurs");
        assertThat(nck.path("stimulusPerCertificateSek").decimalValue()).isEqualByComparingTo("500");
        assertThat(nck.path("total").toString()).isEqualTo("""
                {"completions":27,"individual":2,"counted":25,"headcount":50,"coveragePercent":54.0,\
                "stimulusOwedSek":13500}""");
        assertThat(nck.path("countedWithoutUnit").asLong()).isEqualTo(20);
        assertThat(nck.path("units").findValuesAsText("unitId")).containsExactly("familjefrid", "visby");
        assertThat(nck.at("/units/1/coverage").toString()).isEqualTo("""
                {"completions":6,"individual":1,"counted":5,"headcount":40,"coveragePercent":15.0,\
                "stimulusOwedSek":3000}""");
        assertThat(nck.at("/departments/1/department").asText()).isEqualTo("IFO");
        assertThat(nck.at("/departments/1/coverage/coveragePercent").decimalValue()).isEqualByComparingTo("10.0");
        assertThat(view.path("stimulusOwedSek").decimalValue()).isEqualByComparingTo("13500");
        assertThat(view.path("notes").get(0).asText()).contains("20 completions", "municipality total only");

        JsonNode beforeHeadcount = view(coverage + "?asOf=2022-12-31").at("/courses/0/total");
        assertThat(beforeHeadcount.path("headcount").isNull()).isTrue();
        assertThat(beforeHeadcount.path("coveragePercent").isNull()).isTrue();
        assertThat(view(coverage + "?asOf=2023-06-30&knownAt=" + beforeVisbyBatch)
                .at("/courses/0/total/completions").asLong()).isEqualTo(22);
    }

    @Test
    void keyPersonCoverageCountedAndReported() {
        String m = newMunicipality();
        unit(m, "visby", "Hemtjänsten", 40);
        unit(m, "slite", "Hemtjänsten", 20);
        unit(m, "familjefrid", "IFO", 10);
        send(municipality(m) + "/key-person-totals", """
                {"count": 100, "asOf": "2023-01-15",
                 "source": {"document": "gotland-delrapport-2023-05-15.txt", "passage": "Over 100 nyckelpersoner"}}""");
        send(municipality(m) + "/key-persons", """
                {"keyPersonId": "kp-1", "unitId": "visby", "personRef": "hsf-1", "role": "KEY_PERSON",
                 "since": "2023-02-01"}""");
        send(municipality(m) + "/key-persons", """
                {"keyPersonId": "kp-2", "unitId": "familjefrid", "personRef": "hsf-2", "role": "LEAD_KEY_PERSON",
                 "since": "2023-03-01"}""");
        send(municipality(m) + "/key-persons/kp-2/moves", """
                {"toUnitId": "slite", "from": "2023-09-01"}""");
        String coverage = municipality(m) + "/key-persons/coverage";

        eventually(() -> assertThat(view(coverage + "?asOf=2023-09-01").path("unitsWithKeyPerson")
                .findValuesAsText("unitId")).containsExactly("slite", "visby"));
        JsonNode june = view(coverage + "?asOf=2023-06-30");
        assertThat(june.path("counted").toString()).isEqualTo("""
                {"basis":"COUNTED","activeKeyPersons":2,"units":3,"unitsWithKeyPerson":2,"unitsWithoutKeyPerson":1,\
                "unitCoveragePercent":66.7}""");
        assertThat(june.path("unitsWithoutKeyPerson").findValuesAsText("unitId")).containsExactly("slite");
        assertThat(june.path("reportedTotal").toString()).isEqualTo("""
                {"basis":"REPORTED","count":100,"asOf":"2023-01-15","source":{"document":\
                "gotland-delrapport-2023-05-15.txt","passage":"Over 100 nyckelpersoner"}}""");
        assertThat(june.path("keyPersons").toString()).isEqualTo("""
                {"basis":"COUNTED","count":2,"date":"2023-06-30"}""");
        assertThat(june.at("/departments/0/department").asText()).isEqualTo("Hemtjänsten");
        assertThat(june.at("/departments/0/counted/unitCoveragePercent").decimalValue())
                .isEqualByComparingTo("50.0");
        assertThat(view(coverage + "?asOf=2023-01-31").path("keyPersons").toString()).isEqualTo("""
                {"basis":"REPORTED","count":100,"date":"2023-01-15"}""");
    }

    @Test
    void meetingsPerSeriesAndYearHeldAgainstRequired() {
        String m = newMunicipality();
        send(municipality(m) + "/meeting-series", """
                {"seriesId": "nyckelpersonstraffar", "name": "Nyckelpersonsträffar", "requiredPerYear": 2}""");
        send(municipality(m) + "/meetings", """
                {"seriesId": "nyckelpersonstraffar", "date": "2023-05-11", "participants": 80,
                 "theme": "uppstart av strukturen"}""");
        Instant afterFirst = lastRecorded(m);
        send(municipality(m) + "/meetings", """
                {"seriesId": "nyckelpersonstraffar", "date": "2023-11-09"}""");
        String meetings = municipality(m) + "/meetings";

        eventually(() -> assertThat(view(meetings + "?asOf=2023-12-31").at("/series/0/years/0/held").asInt())
                .isEqualTo(2));
        JsonNode june = view(meetings + "?asOf=2023-06-30").at("/series/0");
        assertThat(june.path("name").asText()).isEqualTo("Nyckelpersonsträffar");
        assertThat(june.path("years").toString()).isEqualTo("""
                [{"year":2023,"yearComplete":false,"held":1,"required":2,"met":false,"participants":80,\
                "meetingsWithoutParticipants":0,"meetings":[{"date":"2023-05-11","participants":80,\
                "theme":"uppstart av strukturen"}]}]""");
        JsonNode next = view(meetings + "?asOf=2024-01-10").at("/series/0/years");
        assertThat(next.findValuesAsText("year")).containsExactly("2023", "2024");
        assertThat(next.get(0).path("met").asBoolean()).isTrue();
        assertThat(next.get(0).path("meetingsWithoutParticipants").asInt()).isEqualTo(1);
        assertThat(view(meetings + "?asOf=2023-12-31&knownAt=" + afterFirst).at("/series/0/years/0/held").asInt())
                .isEqualTo(1);
    }

    @Test
    void screeningsPerInstrumentTheLatestRecordOfAPeriodStanding() {
        String m = newMunicipality();
        unit(m, "familjefrid", "IFO", 10);
        String record = municipality(m) + "/screenings";
        String firstQuarter = """
                {"unitId": "familjefrid", "instrument": "FREDA_KORTFRAGOR", "periodStart": "2023-01-01",
                 "periodEnd": "2023-03-31", "count": %d}""";
        send(record, firstQuarter.formatted(30));
        send(record, """
                {"unitId": "familjefrid", "instrument": "FREDA_KORTFRAGOR", "periodStart": "2023-04-01",
                 "periodEnd": "2023-06-30", "count": 25}""");
        Instant beforeCorrection = lastRecorded(m);
        send(record, firstQuarter.formatted(35));
        String screenings = municipality(m) + "/screenings";

        eventually(() -> assertThat(view(screenings + "?asOf=2023-12-31").at("/instruments/0/screenings").asInt())
                .isEqualTo(60));
        JsonNode instrument = view(screenings + "?asOf=2023-12-31").at("/instruments/0");
        assertThat(instrument.path("instrument").asText()).isEqualTo("FREDA_KORTFRAGOR");
        assertThat(instrument.path("departments").toString()).isEqualTo("""
                [{"department":"IFO","screenings":60}]""");
        assertThat(instrument.at("/units/0/periods").findValuesAsText("screenings")).containsExactly("35", "25");
        assertThat(view(screenings + "?asOf=2023-05-31").at("/instruments/0/screenings").asInt()).isEqualTo(35);
        assertThat(view(screenings + "?asOf=2023-12-31&from=2023-04-01").at("/instruments/0/screenings").asInt())
                .isEqualTo(25);
        assertThat(view(screenings + "?asOf=2023-12-31&to=2023-03-31&knownAt=" + beforeCorrection)
                .at("/instruments/0/screenings").asInt()).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/training-coverage", "/key-persons/coverage", "/meetings", "/screenings"})
    void malformedDatesAreBadRequestsAndAnUnknownMunicipalityIsNotFound(String view) {
        String m = newMunicipality();

        Response badDate = get(municipality(m) + view + "?asOf=2023-02-30");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).isEqualTo("application/problem+json");
        assertThat(badDate.body().path("errors").findValuesAsText("field")).containsExactly("asOf");

        Response badInstant = get(municipality(m) + view + "?knownAt=yesterday");
        assertThat(badInstant.status()).isEqualTo(400);
        assertThat(badInstant.body().path("errors").findValuesAsText("field")).containsExactly("knownAt");

        Response badId = get(municipality("Not_A_Slug") + view);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body().path("errors").findValuesAsText("field")).containsExactly("municipalityId");

        Response unknown = get(municipality("atlantis") + view);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.body().path("detail").asText()).contains("atlantis");

        eventually(() -> assertThat(get(municipality(m) + view + "?asOf=2023-06-30").status()).isEqualTo(200));
    }

    @Test
    void screeningPeriodBoundsMustBeDatesInOrder() {
        String m = newMunicipality();

        Response badFrom = get(municipality(m) + "/screenings?from=2023-13-01");
        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(badFrom.body().path("errors").findValuesAsText("field")).containsExactly("from");
        Response reversed = get(municipality(m) + "/screenings?from=2023-07-01&to=2023-06-30");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.contentType()).isEqualTo("application/problem+json");
        assertThat(reversed.body().path("errors").findValuesAsText("field")).containsExactly("to");
    }

    @Test
    void everyTrackingViewIsDocumentedWithItsProblems() {
        JsonNode paths = get("/v3/api-docs").body().path("paths");

        for (String view : new String[]{"/training-coverage", "/key-persons/coverage", "/meetings", "/screenings"}) {
            JsonNode responses = paths.path("/api/municipalities/{municipalityId}" + view).path("get")
                    .path("responses");
            assertThat(responses.fieldNames()).toIterable().as(view).contains("200", "400", "404");
        }
        assertThat(paths.path("/api/comparison/indicators").path("get").path("responses").fieldNames()).toIterable()
                .contains("200", "400");
    }

    @Test
    void theComparisonShowsEachMunicipalitysFiguresWithTheirDates() {
        String m = newMunicipality();
        unit(m, "visby", "Hemtjänsten", 40);
        send(municipality(m) + "/key-person-totals", """
                {"count": 2, "asOf": "2023-01-15", "source": {"document": "rapport.txt"}}""");
        send(municipality(m) + "/courses", TrainingApiSpec.COURSE);
        send(municipality(m) + "/training-completions", """
                {"unitId": "visby", "courseCode": "nck-webbkurs", "completedOn": "2023-03-01", "count": 10}""");
        send(municipality(m) + "/meeting-series", """
                {"seriesId": "freda-arendegrupp", "name": "FREDA-ärendegrupp", "requiredPerYear": 12}""");
        send(municipality(m) + "/meetings", """
                {"seriesId": "freda-arendegrupp", "date": "2023-01-12", "participants": 8}""");

        // every fact has reached its projection once the last of each kind shows
        eventually(() -> {
            JsonNode figures = figuresOf(m, "2023-12-31");
            assertThat(figures.path("meetings").findValuesAsText("held")).containsExactly("1");
            assertThat(figures.path("trainingCoverage").findValuesAsText("completions")).containsExactly("10");
            assertThat(figures.path("keyPersonsPer1000Staff").path("keyPersons").path("count").asInt()).isEqualTo(2);
        });
        JsonNode figures = figuresOf(m, "2023-12-31");
        assertThat(figures.path("trainingCoverage").toString()).isEqualTo("""
                [{"courseCode":"nck-webbkurs","title":"Webbaserad introduktionskurs","coveragePercent":25.0,\
                "completions":10,"staff":40,"date":"2023-12-31"}]""");
        assertThat(figures.path("keyPersonsPer1000Staff").toString()).isEqualTo("""
                {"value":50.0,"keyPersons":{"basis":"REPORTED","count":2,"date":"2023-01-15"},"staff":40,\
                "date":"2023-01-15"}""");
        assertThat(figures.path("unitCoverage").toString()).isEqualTo("""
                {"percent":0.0,"unitsWithKeyPerson":0,"units":1,"date":"2023-12-31"}""");
        assertThat(figures.path("meetings").toString()).isEqualTo("""
                [{"seriesId":"freda-arendegrupp","name":"FREDA-ärendegrupp","year":2023,"held":1,"required":12,\
                "met":false,"date":"2023-12-31"}]""");

        Response badDate = get("/api/comparison/indicators?asOf=31/12/2023");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).isEqualTo("application/problem+json");
        assertThat(badDate.body().path("errors").findValuesAsText("field")).containsExactly("asOf");
    }

    JsonNode figuresOf(String m, String asOf) {
        JsonNode comparison = view("/api/comparison/indicators?asOf=" + asOf);
        assertThat(comparison.path("asOf").asText()).isEqualTo(asOf);
        return comparison.path("municipalities").findParents("municipalityId").stream()
                .filter(one -> one.path("municipalityId").asText().equals(m)).findFirst()
                .orElseThrow(() -> new AssertionError(m + " is not in the comparison"));
    }
}

@OnH2
class TrackingViewsOnH2Test extends TrackingViewsSpec {
}

@OnPostgres
class TrackingViewsOnPostgresTest extends TrackingViewsSpec {
}
