package se.vinr.ledger.query.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** An ObjectMapper configured like the application's (Spring Boot defaults plus FAIL_ON_UNKNOWN_PROPERTIES). */
final class SpringLikeObjectMapper {

    private SpringLikeObjectMapper() {
    }

    static ObjectMapper create() {
        return Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
