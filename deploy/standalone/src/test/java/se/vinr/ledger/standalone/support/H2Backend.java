package se.vinr.ledger.standalone.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.util.UUID;

/** The embedded default store, in memory: one database per Spring test context. */
public class H2Backend implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.datasource.url=jdbc:h2:mem:vinr-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "vinr.test.backend=h2");
    }
}
