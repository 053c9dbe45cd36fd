package se.vinr.ledger.query.projection;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A view that does not name its projections would serve half-built answers during a rebuild. */
class EveryViewSaysWhatItReadsTest {

    @Test
    void everyQueryControllerNamesTheProjectionsItReads() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Class<?>> controllers = new java.util.ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("se.vinr.ledger.query")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            // The admin API reports on the projections rather than reading them.
            if (!type.getPackageName().equals("se.vinr.ledger.query.projection.web") && type.getEnclosingClass() == null) {
                controllers.add(type);
            }
        }

        assertThat(controllers).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(type -> assertThat(type.getAnnotation(ReadsProjections.class))
                        .as(type.getName() + " says which projections it reads").isNotNull());
    }
}
