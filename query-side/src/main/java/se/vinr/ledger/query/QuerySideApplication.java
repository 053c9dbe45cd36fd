package se.vinr.ledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side as a service of its own (profiles {@code postgres}, {@code axonserver}). */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        // A municipal installation must not call third parties: Axon's update checker reads only this property.
        System.setProperty("axoniq.update-checker.disabled", "true");
        // The service's own wiring comes in here only, not through the class: tests that use this class as their
        // configuration (the read-model tests) and the standalone jar stay without it.
        SpringApplication app = new SpringApplication(QuerySideApplication.class, QueryServiceConfiguration.class);
        app.setAdditionalProfiles("query-side");
        app.run(args);
    }
}
