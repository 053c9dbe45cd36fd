package se.vinr.ledger.standalone.support;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL: the server named by {@code VINR_TEST_POSTGRES_URL} (CI: the local PostgreSQL 15; user and
 * password from {@code VINR_TEST_POSTGRES_USER}, default postgres, and {@code VINR_TEST_POSTGRES_PASSWORD}), else a
 * Testcontainers PostgreSQL when Docker is there. Each Spring test context gets a schema of its own, dropped
 * when the context closes.
 */
public class PostgresBackend implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL_VARIABLE = "VINR_TEST_POSTGRES_URL";
    private static PostgreSQLContainer<?> container;

    /** True where the PostgreSQL scenarios can run; they are skipped, not failed, elsewhere. */
    public static boolean available() {
        return configuredUrl() != null || dockerAvailable();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = serverUrl();
        String schema = "vinr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "CREATE SCHEMA " + schema);
        // Dropped as the context's last act, after its event processors have stopped reading the schema.
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("dropTestSchema",
                () -> execute(url, "DROP SCHEMA " + schema + " CASCADE"));
        String separator = url.contains("?") ? "&" : "?";
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "spring.datasource.url=" + url + separator + "currentSchema=" + schema,
                "spring.datasource.username=" + user(),
                "spring.datasource.password=" + password(),
                "vinr.test.backend=postgresql");
    }

    private static String configuredUrl() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? System.getProperty("vinr.test.postgres.url") : url;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static synchronized String serverUrl() {
        String configured = configuredUrl();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (container == null) {
            container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
        }
        return container.getJdbcUrl();
    }

    private static String user() {
        return container != null ? container.getUsername()
                : System.getenv().getOrDefault("VINR_TEST_POSTGRES_USER", "postgres");
    }

    private static String password() {
        return container != null ? container.getPassword()
                : System.getenv().getOrDefault("VINR_TEST_POSTGRES_PASSWORD", "");
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql, e);
        }
    }
}
