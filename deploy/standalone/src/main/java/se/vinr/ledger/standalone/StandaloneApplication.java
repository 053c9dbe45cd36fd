package se.vinr.ledger.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.context.annotation.FilterType;
import se.vinr.ledger.command.CommandSideApplication;
import se.vinr.ledger.query.QuerySideApplication;

/** Both sides in one JVM on an embedded database under ./data: the default way to run VINR Ledger. */
@SpringBootApplication
// Both sides are packaged by feature and may name classes alike (organisation.Municipalities on each side):
// beans are named by their full class name so the two never collide.
@ComponentScan(basePackages = "se.vinr.ledger", nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class,
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandSideApplication.class, QuerySideApplication.class}),
                // auto-configurations (shared-web's security) come through Boot's imports, not the scan
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class StandaloneApplication {

    public static void main(String[] args) throws Exception {
        // A municipal installation must not call third parties: Axon's update checker reads only this property.
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(VerifyCommand.run(args));
        }
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
