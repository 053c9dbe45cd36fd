package se.vinr.ledger.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import se.vinr.ledger.command.CommandSideApplication;
import se.vinr.ledger.query.QuerySideApplication;

/** Both sides in one JVM on an embedded database under ./data: the default way to run VINR Ledger. */
@SpringBootApplication
@ComponentScan(basePackages = "se.vinr.ledger",
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class}))
public class StandaloneApplication {

    public static void main(String[] args) {
        // A municipal installation must not call third parties: Axon's update checker reads only this property.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
