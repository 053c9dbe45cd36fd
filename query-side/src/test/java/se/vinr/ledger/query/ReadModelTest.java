package se.vinr.ledger.query;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.ControllerAdvice;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Projections, read models and query handlers on a real database migrated by the query side's Flyway scripts:
 * H2 in memory, or the PostgreSQL named by {@code VINR_TEST_POSTGRES_URL} (user and password from
 * {@code VINR_TEST_POSTGRES_USER} and {@code VINR_TEST_POSTGRES_PASSWORD}). Each test starts from empty read models
 * and is rolled back.
 */
@JdbcTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:query-side;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration/query",
        // as in the application
        "spring.jackson.deserialization.fail-on-unknown-properties=true"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import(ReadModelTest.ReadModel.class)
public abstract class ReadModelTest {

    @Autowired
    protected JdbcClient jdbc;

    /** A schema of this JVM's own on the PostgreSQL CI names, dropped when the JVM ends. */
    private static final String SCHEMA = "vinr_query_test_" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void postgresWhenConfigured(DynamicPropertyRegistry registry) throws SQLException {
        String url = System.getenv().getOrDefault("VINR_TEST_POSTGRES_URL", "");
        if (url.isBlank()) {
            return;
        }
        String user = System.getenv().getOrDefault("VINR_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("VINR_TEST_POSTGRES_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            } catch (SQLException e) {
                System.err.println("could not drop test schema " + SCHEMA + ": " + e.getMessage());
            }
        }));
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }

    /** Deleting inside the test transaction: each test starts empty and leaves nothing behind. */
    @BeforeEach
    void startFromEmptyReadModels() {
        List.of("rm_plan_timeline", "rm_plan_stream", "rm_unit", "rm_municipality", "rm_tracking_unit",
                        "rm_headcount", "rm_course", "rm_training_completion", "rm_training_day", "rm_training_month",
                        "rm_key_person_assignment", "rm_key_person_total", "rm_meeting_series", "rm_meeting",
                        "rm_screening", "rm_tracking_stream")
                .forEach(table -> jdbc.sql("DELETE FROM " + table).update());
    }

    protected long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** Every bean of the query side except the web layer (which needs a query gateway) and the application class. */
    @ComponentScan(basePackages = "se.vinr.ledger.query", excludeFilters = {
            @ComponentScan.Filter(type = FilterType.ANNOTATION,
                    classes = {Controller.class, ControllerAdvice.class, SpringBootConfiguration.class}),
            // the projections' admin needs Axon's event processors, which read-model tests do not run
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "se\\.vinr\\.ledger\\.query\\.projection\\..*")})
    static class ReadModel {
    }
}
