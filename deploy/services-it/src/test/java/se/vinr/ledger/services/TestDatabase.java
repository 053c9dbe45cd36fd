package se.vinr.ledger.services;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.util.UUID;

/**
 * The PostgreSQL the services run on in these tests: the one named by {@code VINR_TEST_POSTGRES_URL} (user and
 * password from {@code VINR_TEST_POSTGRES_USER}, default postgres, and {@code VINR_TEST_POSTGRES_PASSWORD}), else a
 * Testcontainers {@code postgres:15} where Docker is. Without either the tests that need it are skipped. Every
 * schema made here is new; the test drops it afterwards.
 */
final class TestDatabase {

    private static TestDatabase instance;

    private final String url;
    private final String user;
    private final String password;
    private final JdbcClient jdbc;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.jdbc = JdbcClient.create(new DriverManagerDataSource(url, user, password));
    }

    /** True where the tests on PostgreSQL can run; they are skipped, not failed, elsewhere. */
    static boolean available() {
        return configuredUrl() != null || dockerAvailable();
    }

    static synchronized TestDatabase get() {
        if (instance == null) {
            String configured = configuredUrl();
            if (configured != null) {
                instance = new TestDatabase(configured,
                        System.getenv().getOrDefault("VINR_TEST_POSTGRES_USER", "postgres"),
                        System.getenv().getOrDefault("VINR_TEST_POSTGRES_PASSWORD", ""));
            } else {
                PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15");
                container.start();
                instance = new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            }
        }
        return instance;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    /** A name for a schema no one has used; the service that owns it creates it (Flyway). */
    static String newSchemaName(String purpose) {
        return "it_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    void dropSchema(String schema) {
        jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
    }

    private static String configuredUrl() {
        String url = System.getenv("VINR_TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? null : url;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
