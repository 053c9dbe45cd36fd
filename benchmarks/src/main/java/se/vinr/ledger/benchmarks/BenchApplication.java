package se.vinr.ledger.benchmarks;

import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import se.vinr.ledger.command.CommandSideApplication;
import se.vinr.ledger.query.QuerySideApplication;

/**
 * The standalone application as the benchmarks start it: both sides in one JVM, scanned the way
 * {@code se.vinr.ledger.standalone.StandaloneApplication} scans them (beans named by their full class name), without
 * the standalone's bundled-data loader. Its configuration is the standalone's application.yml, copied onto this
 * module's class path at build time; {@link Ledger} points it at a fresh store.
 */
@SpringBootApplication
@ComponentScan(basePackages = {"se.vinr.ledger.command", "se.vinr.ledger.query"},
        nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class,
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandSideApplication.class, QuerySideApplication.class}),
                // auto-configurations (se.vinr.ledger.web.*, events.upcasting) come through Boot's imports, not the scan
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class BenchApplication {
}
