package se.vinr.ledger.standalone.support;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a specification against a real PostgreSQL ({@link PostgresBackend}); skipped when neither
 * {@code VINR_TEST_POSTGRES_URL} nor Docker is there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = PostgresBackend.class)
@EnabledIf(value = "se.vinr.ledger.standalone.support.PostgresBackend#available",
        disabledReason = "no PostgreSQL: set VINR_TEST_POSTGRES_URL or run Docker")
public @interface OnPostgres {
}
