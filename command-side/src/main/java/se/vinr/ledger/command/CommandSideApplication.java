package se.vinr.ledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side as a service of its own (profiles {@code postgres}, {@code axonserver}). */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        // A municipal installation must not call third parties: Axon's update checker reads only this property.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication app = new SpringApplication(CommandSideApplication.class);
        app.setAdditionalProfiles("command-side");
        app.run(args);
    }
}
