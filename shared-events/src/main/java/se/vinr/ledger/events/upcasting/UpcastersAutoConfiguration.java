package se.vinr.ledger.events.upcasting;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The upcasters of the published events, registered once in any Spring Boot application that reads them. */
@AutoConfiguration
public class UpcastersAutoConfiguration {

    @Bean
    ConsultationResponseAnsweredBy consultationResponseAnsweredBy() {
        return new ConsultationResponseAnsweredBy();
    }
}
