package se.vinr.ledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.vinr.ledger.events.common.AggregateIds;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.events.common.PlanId;
import se.vinr.ledger.events.plan.ConsultationResponseRecorded;
import se.vinr.ledger.standalone.support.ApiTest;
import se.vinr.ledger.standalone.support.OnH2;
import se.vinr.ledger.standalone.support.OnPostgres;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event stored in an older revision (a consultation response recorded before {@code answeredBy} existed) is read
 * through its upcaster, by the event store and by the projections alike.
 */
abstract class UpcastingSpec extends ApiTest {

    @Autowired
    EventStore eventStore;

    @Test
    void aRevisionOneConsultationResponseInTheStoreIsReadAsRevisionTwo() {
        String m = newMunicipality();
        String plan = "/api/municipalities/" + m + "/plans/handlingsplan-2018-2020";
        assertThat(post("/api/municipalities/" + m + "/plans", """
                {"planId": "handlingsplan-2018-2020", "title": "Handlingsplan", "periodStart": "2018-01-01",
                 "periodEnd": "2020-12-31", "responsibleBody": "Socialnämnden", "draftedOn": "2018-01-15"}""")
                .status()).isEqualTo(201);
        assertThat(post(plan + "/revisions", """
                {"date": "2018-02-01", "goals": [{"code": "1", "title": "Kunskap"}]}""").status()).isEqualTo(200);
        assertThat(post(plan + "/consultations", """
                {"bodies": ["Kommunstyrelsen"], "sentOn": "2018-02-05", "deadline": "2018-03-01"}""").status())
                .isEqualTo(200);
        String aggregate = AggregateIds.plan(new MunicipalityId(m), new PlanId("handlingsplan-2018-2020"));

        // as a version of the service before revision 2 wrote it: no revision, no answeredBy
        jdbc.sql("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData, "
                        + "payload, payloadRevision, payloadType, timeStamp) VALUES (?, 3, 'Plan', ?, ?, ?, NULL, ?, ?)")
                .params(aggregate, UUID.randomUUID().toString(),
                        ("{\"userId\":\"registrar\",\"municipalityId\":\"" + m + "\"}").getBytes(StandardCharsets.UTF_8),
                        ("{\"municipalityId\":\"" + m + "\",\"planId\":\"handlingsplan-2018-2020\",\"consultation\":1,"
                                + "\"body\":\"Kommunstyrelsen\",\"stance\":\"SUPPORTS\",\"summary\":null,"
                                + "\"date\":\"2018-02-20\"}").getBytes(StandardCharsets.UTF_8),
                        ConsultationResponseRecorded.class.getName(), "2018-02-21T09:00:00Z")
                .update();

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregate).asStream().toList();
        ConsultationResponseRecorded response = (ConsultationResponseRecorded) events.get(3).getPayload();
        assertThat(response.answeredBy()).isEqualTo(LocalDate.parse("2018-02-20"));

        eventually(() -> {
            JsonNode entries = get(plan + "/history").body().path("entries");
            assertThat(entries.size()).isEqualTo(4);
            JsonNode last = entries.get(entries.size() - 1);
            assertThat(last.path("type").asText()).isEqualTo("ConsultationResponseRecorded");
            assertThat(last.path("businessDate").asText()).isEqualTo("2018-02-20");
            assertThat(last.path("details").path("answeredBy").asText()).isEqualTo("2018-02-20");
        });
    }
}

@OnH2
class UpcastingOnH2Test extends UpcastingSpec {
}

@OnPostgres
class UpcastingOnPostgresTest extends UpcastingSpec {
}
