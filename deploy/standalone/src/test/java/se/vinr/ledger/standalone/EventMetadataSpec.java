package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import se.vinr.ledger.events.common.MetadataKeys;
import se.vinr.ledger.events.common.MunicipalityScoped;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type the ledger knows, caused once through the HTTP API, carries who, with which grants, for which
 * municipality, from where, in which request and because of which message. The set of event types is read from
 * shared-events, so a new event type fails here until this walk causes it too.
 */
abstract class EventMetadataSpec extends ApiTest {

    private static final List<String> KEYS = List.of(MetadataKeys.USER_ID, MetadataKeys.ROLES,
            MetadataKeys.MUNICIPALITY_ID, MetadataKeys.CORRELATION_ID, MetadataKeys.CAUSATION_ID,
            MetadataKeys.CLIENT_IP, MetadataKeys.USER_AGENT);

    @Test
    void everyEventTypeCarriesTheRequestsMetadata() throws Exception {
        String m = "meta-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String base = "/api/municipalities/" + m;
        assertThat(put(base, """
                {"name": "Metadatakommun", "municipalityCode": "0999"}""", "User-Agent", "metadata-spec/1.0").status())
                .isEqualTo(201);
        String plan = base + "/plans/handlingsplan-2018-2020";
        String source = "\"source\": {\"document\": \"handlingsplan.pdf\", \"passage\": \"s. 3\"}";
        List<String[]> writes = List.of(
                new String[]{base + "/units", """
                        {"unitId": "ifo", "name": "IFO", "department": "Socialtjänsten", "operator": "OWN",
                         "headcount": 40}"""},
                new String[]{base + "/units", """
                        {"unitId": "hemtjanst", "name": "Hemtjänst", "department": "Äldreomsorg", "operator": "OWN",
                         "headcount": 80}"""},
                new String[]{base + "/key-persons", """
                        {"keyPersonId": "kp-1", "unitId": "ifo", "personRef": "hsf-0042", "role": "KEY_PERSON",
                         "since": "2023-01-01"}"""},
                new String[]{base + "/key-persons/kp-1/moves", """
                        {"toUnitId": "hemtjanst", "from": "2023-06-01"}"""},
                new String[]{base + "/key-persons/kp-1/deregistration", """
                        {"until": "2023-12-31", "reason": "Slutat"}"""},
                new String[]{base + "/key-person-totals", """
                        {"count": 12, "asOf": "2022-12-31", %s}""".formatted(source)},
                new String[]{base + "/courses", """
                        {"courseCode": "nck-webbkurs", "title": "Webbkurs om våld", "provider": "NCK",
                         "stimulusPerCertificateSek": 500}"""},
                new String[]{base + "/training-completions", """
                        {"unitId": "ifo", "courseCode": "nck-webbkurs", "completedOn": "2023-03-01",
                         "personRef": "hsf-0042"}"""},
                new String[]{base + "/training-completions", """
                        {"courseCode": "nck-webbkurs", "completedOn": "2023-03-01", "count": 25}"""},
                new String[]{base + "/meeting-series", """
                        {"seriesId": "nyckelpersonsmoten", "name": "Nyckelpersonsträffar", "requiredPerYear": 2}"""},
                new String[]{base + "/meetings", """
                        {"seriesId": "nyckelpersonsmoten", "date": "2023-04-12", "participants": 14}"""},
                new String[]{base + "/screenings", """
                        {"unitId": "ifo", "instrument": "FREDA_KORTFRAGOR", "periodStart": "2023-01-01",
                         "periodEnd": "2023-06-30", "count": 31}"""},
                new String[]{base + "/plans", """
                        {"planId": "handlingsplan-2018-2020", "title": "Handlingsplan mot våld i nära relationer",
                         "periodStart": "2018-01-01", "periodEnd": "2020-12-31",
                         "responsibleBody": "Social- och arbetsmarknadsnämnden", "draftedOn": "2018-01-15"}"""},
                new String[]{plan + "/revisions", PlanFollowUpApiSpec.REVISION},
                new String[]{plan + "/consultations", """
                        {"bodies": ["Kommunstyrelsen"], "sentOn": "2018-02-01", "deadline": "2018-02-20"}"""},
                new String[]{plan + "/consultation-responses", """
                        {"body": "Kommunstyrelsen", "stance": "SUPPORTS", "date": "2018-02-15"}"""},
                new String[]{plan + "/decisions", """
                        {"kind": "ADOPTED", "decidingBody": "Social- och arbetsmarknadsnämnden",
                         "decisionDate": "2018-03-20"}"""},
                new String[]{plan + "/responsibility-transfers", """
                        {"fromBody": "Social- och arbetsmarknadsnämnden", "toBody": "Socialnämnden",
                         "effectiveDate": "2019-01-01", "reason": "Ny nämndorganisation"}"""},
                new String[]{plan + "/activities/1:2/status", """
                        {"status": "DONE", "asOf": "2018-06-30"}"""},
                new String[]{plan + "/indicators/1.a/values", """
                        {"value": 40, "asOf": "2018-12-31", %s}""".formatted(source)},
                new String[]{base + "/people/hsf-0042/erasure", null},
                new String[]{plan + "/follow-up-reports", """
                        {"kind": "ANNUAL", "date": "2019-02-01", "assessments": [{"goalCode": "1", "text": "Delvis"}]}"""});
        for (String[] write : writes) {
            Response response = post(write[0], write[1], "User-Agent", "metadata-spec/1.0");
            assertThat(response.status()).as(write[0] + " " + response.raw()).isIn(200, 201);
        }
        assertThat(put(base + "/units/ifo/headcount", """
                {"headcount": 42, "asOf": "2023-09-01"}""", "User-Agent", "metadata-spec/1.0").status()).isEqualTo(200);

        Set<String> caused = new TreeSet<>();
        List<String[]> events = jdbc.sql("SELECT payloadType, metaData FROM DomainEventEntry "
                        + "WHERE aggregateIdentifier = ? OR aggregateIdentifier LIKE ?").params(m, m + "/%")
                .query((rs, i) -> new String[]{rs.getString(1), new String(rs.getBytes(2), StandardCharsets.UTF_8)})
                .list();
        for (String[] event : events) {
            caused.add(event[0].substring(event[0].lastIndexOf('.') + 1));
            JsonNode metadata = mapper.readTree(event[1]);
            for (String key : KEYS) {
                assertThat(metadata.path(key).asText()).as(event[0] + " carries " + key).isNotBlank();
            }
            assertThat(metadata.path(MetadataKeys.USER_ID).asText()).isEqualTo("admin");
            assertThat(metadata.path(MetadataKeys.ROLES).asText()).isEqualTo("*:ADMIN");
            assertThat(metadata.path(MetadataKeys.MUNICIPALITY_ID).asText()).isEqualTo(m);
            assertThat(metadata.path(MetadataKeys.USER_AGENT).asText()).isEqualTo("metadata-spec/1.0");
        }
        assertThat(caused).containsExactlyInAnyOrderElementsOf(eventTypes());
    }

    private static Set<String> eventTypes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(MunicipalityScoped.class));
        Set<String> types = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("se.vinr.ledger.events")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isRecord()) {
                types.add(type.getSimpleName());
            }
        }
        assertThat(types).hasSizeGreaterThan(20);
        return types;
    }
}

@OnH2
class EventMetadataOnH2Test extends EventMetadataSpec {
}

@OnPostgres
class EventMetadataOnPostgresTest extends EventMetadataSpec {
}
