package se.vinr.ledger.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, empty store for one benchmark run: an H2 file database in a new temporary directory (the embedded
 * default, same URL options as the standalone's application.yml) or a new schema in the PostgreSQL named by
 * {@code VINR_BENCH_POSTGRES_URL}. {@link #close()} removes it again.
 */
public final class Store implements AutoCloseable {

    public static final String H2 = "h2";
    public static final String POSTGRES = "postgres";

    private final String kind;
    private final String url;
    private final String user;
    private final String password;
    /** H2: the directory holding the database file; PostgreSQL: null. */
    private final Path directory;
    /** PostgreSQL: the schema of this run; H2: null. */
    private final String schema;

    private Store(String kind, String url, String user, String password, Path directory, String schema) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.directory = directory;
        this.schema = schema;
    }

    public static Store fresh(String kind) {
        return switch (kind) {
            case H2 -> freshH2();
            case POSTGRES -> freshPostgres();
            default -> throw new IllegalArgumentException("unknown store '" + kind + "', expected h2 or postgres");
        };
    }

    /** The H2 URL of the standalone's application.yml, {@code jdbc:h2:file:${vinr.data-dir}/vinr-ledger;WRITE_DELAY=0}. */
    static String h2Url(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath() + "/vinr-ledger;WRITE_DELAY=0";
    }

    private static Store freshH2() {
        try {
            String parent = System.getProperty("bench.h2.dir");
            Path directory = parent == null ? Files.createTempDirectory("vinr-bench-h2-")
                    : Files.createTempDirectory(Files.createDirectories(Path.of(parent)), "vinr-bench-h2-");
            return new Store(H2, h2Url(directory), "sa", "", directory, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Store freshPostgres() {
        String server = postgresUrl();
        String schema = "vinr_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Store admin = new Store(POSTGRES, server, postgresUser(), postgresPassword(), null, null);
        admin.execute("CREATE SCHEMA " + schema);
        String separator = server.contains("?") ? "&" : "?";
        return new Store(POSTGRES, server + separator + "currentSchema=" + schema, postgresUser(), postgresPassword(),
                null, schema);
    }

    public static String postgresUrl() {
        return env("VINR_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String postgresUser() {
        return env("VINR_BENCH_POSTGRES_USER", "postgres");
    }

    public static String postgresPassword() {
        return env("VINR_BENCH_POSTGRES_PASSWORD", "");
    }

    /** Null when the PostgreSQL of {@link #postgresUrl()} answers, else why not. */
    public static String postgresProblem() {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword())) {
            connection.isValid(5);
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** H2: the directory to use as {@code vinr.data-dir}. */
    public Path directory() {
        return directory;
    }

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url, properties);
    }

    public void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(kind + " refused: " + sql, e);
        }
    }

    public long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(kind + " refused: " + sql, e);
        }
    }

    @Override
    public void close() {
        if (Boolean.getBoolean("bench.keep-stores")) {
            return;
        }
        if (schema != null) {
            new Store(POSTGRES, postgresUrl(), user, password, null, null).execute("DROP SCHEMA " + schema + " CASCADE");
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String toString() {
        return kind + " " + url;
    }
}
