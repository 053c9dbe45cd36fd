package se.vinr.ledger.benchmarks;

import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import se.vinr.ledger.command.CommandSideApplication;

/**
 * For diagnosis only ({@code -Dbench.query-side=false}): {@link BenchApplication} without the query side, so no
 * projection reads the events or writes read models while commands are appended.
 */
@SpringBootApplication
@ComponentScan(basePackages = "se.vinr.ledger.command",
        nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class,
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CommandSideApplication.class),
                // as in BenchApplication: auto-configurations come through Boot's imports, not the scan
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class CommandSideOnly {
}
