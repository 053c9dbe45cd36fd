package se.vinr.ledger.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import se.vinr.ledger.events.plan.ConsultationResponseRecorded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ConsultationResponseAnsweredByTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    private List<IntermediateEventRepresentation> upcast(String revision, String payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Plan", "goteborg/vinr-2021-2024", 3,
                "event-1", Instant.parse("2021-03-10T09:00:00Z"), ConsultationResponseRecorded.class.getName(),
                revision, payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new ConsultationResponseAnsweredBy()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }

    @Test
    void aRevisionOneAnswerIsPlacedOnItsOwnDate() {
        IntermediateEventRepresentation upcast = upcast(null, """
                {"municipalityId":"goteborg","planId":"vinr-2021-2024","consultation":1,
                 "body":"Fastighetsnämnden","stance":"SUPPORTS","summary":null,"date":"2019-11-15"}""").get(0);

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.getData(JsonNode.class).getData();
        assertThat(payload.path("answeredBy").asText()).isEqualTo("2019-11-15");
        assertThat(payload.path("date").asText()).isEqualTo("2019-11-15");
    }

    @Test
    void anAnswerThatAlreadyCarriesItsPlaceKeepsIt() {
        JsonNode payload = upcast(null, """
                {"municipalityId":"goteborg","planId":"vinr-2021-2024","consultation":1,
                 "body":"Fastighetsnämnden","stance":"SUPPORTS","date":null,"answeredBy":"2019-11-29"}""").get(0)
                .getData(JsonNode.class).getData();

        assertThat(payload.path("answeredBy").asText()).isEqualTo("2019-11-29");
    }

    @Test
    void aRevisionTwoEventIsLeftAsItIs() {
        IntermediateEventRepresentation untouched = upcast("2", """
                {"date":"2019-11-15","answeredBy":"2019-11-20"}""").get(0);

        assertThat(untouched.getType().getRevision()).isEqualTo("2");
        assertThat(untouched.getData(JsonNode.class).getData().path("answeredBy").asText()).isEqualTo("2019-11-20");
    }
}
