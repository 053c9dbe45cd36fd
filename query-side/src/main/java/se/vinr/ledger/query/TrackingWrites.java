package se.vinr.ledger.query;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import se.vinr.ledger.query.projection.BatchBuffer;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How the tracking projections write: every fact is a row inserted once, and some facts add to a counter when their
 * row is new. Both wait for the end of the processor's batch ({@link BatchBuffer}), then go as one JDBC batch per
 * table, the counters summed per row first; no tracking handler reads what another of its batch wrote. A batch that
 * adds rows of a municipality renews its stamp ({@code rm_tracking_stream}), which tells {@link TrackedReads} that
 * what it keeps of the municipality is out of date.
 */
@Component
public class TrackingWrites {

    private static final String BUFFER = TrackingWrites.class.getName();

    private final NamedParameterJdbcTemplate jdbc;
    /** Statements by table, columns and types: a replay would otherwise build the same few strings per event. */
    private final Map<List<Object>, String> statements = new ConcurrentHashMap<>();
    /**
     * An upsert that two segments may run at once for the same municipality: PostgreSQL's MERGE could then fail on
     * the key of a first stamp, so there it is INSERT … ON CONFLICT. The embedded database has one segment a group.
     */
    private final String renewStamp;
    private final TrackedReads reads;

    TrackingWrites(DataSource dataSource, TrackedReads reads) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.reads = reads;
        this.renewStamp = isPostgres(dataSource)
                ? "INSERT INTO rm_tracking_stream (municipality_id, stamp) VALUES (:municipality_id, :stamp)"
                + " ON CONFLICT (municipality_id) DO UPDATE SET stamp = EXCLUDED.stamp"
                : "MERGE INTO rm_tracking_stream KEY (municipality_id) VALUES (:municipality_id, :stamp)";
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the tracking views are in", e);
        }
    }

    /**
     * Adds {@code amount} to {@code column} of the {@code table} row whose {@code key} columns have these values,
     * starting a row at {@code amount} where there is none.
     */
    public record Increment(String table, Map<String, ?> key, String column, long amount) {

        Counter counter() {
            return new Counter(table, key, column);
        }
    }

    /** One counter row's column. */
    private record Counter(String table, Map<String, ?> key, String column) {
    }

    private record Insert(String sql, Map<String, ?> row, List<Increment> ifInserted) {
    }

    /**
     * Inserts {@code row} unless a row with the same values in the {@code key} columns (all text) is there already:
     * a redelivered or replayed event changes nothing. Only a row that is inserted makes its {@code ifInserted}
     * increments.
     */
    public void insertOnce(String table, List<String> key, Map<String, ?> row, Increment... ifInserted) {
        String sql = statements.computeIfAbsent(List.of(table, key, List.copyOf(row.keySet())),
                statement -> insertOnceSql(table, key, row.keySet()));
        BatchBuffer.add(BUFFER, new Insert(sql, row, List.of(ifInserted)), this::write);
    }

    private static String insertOnceSql(String table, List<String> key, Collection<String> columns) {
        String source = key.stream().map(column -> "CAST(:" + column + " AS VARCHAR) AS " + column)
                .collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING (SELECT " + source + ") s ON (" + match(key) + ")"
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", columns) + ")"
                + " VALUES (" + parameters(columns) + ")";
    }

    /** Empties {@code tables} (a reset of the tracking group) and forgets every stamp, so nothing kept is reused. */
    public void clear(String... tables) {
        for (String table : tables) {
            jdbc.getJdbcTemplate().update("DELETE FROM " + table);
        }
        jdbc.getJdbcTemplate().update("DELETE FROM rm_tracking_stream");
        reads.stampsRenewed();
    }

    private void write(List<Insert> inserts) {
        // every tracking row names its municipality; sorted, so that concurrent batches renew stamps in one order
        Set<String> changed = new TreeSet<>();
        Map<String, List<Insert>> byStatement = inserts.stream()
                .collect(Collectors.groupingBy(Insert::sql, LinkedHashMap::new, Collectors.toList()));
        // summed per counter row: a day with a hundred completions is one MERGE
        Map<Counter, Long> increments = new LinkedHashMap<>();
        byStatement.forEach((sql, group) -> {
            int[] counts = jdbc.batchUpdate(sql, group.stream().map(insert -> new MapSqlParameterSource(insert.row()))
                    .toArray(SqlParameterSource[]::new));
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    changed.add((String) group.get(i).row().get("municipality_id"));
                    group.get(i).ifInserted().forEach(increment -> increments.merge(increment.counter(),
                            increment.amount(), Long::sum));
                }
            }
        });
        Map<String, List<SqlParameterSource>> merges = new LinkedHashMap<>();
        increments.forEach((counter, amount) -> merges.computeIfAbsent(incrementSql(counter), sql -> new ArrayList<>())
                .add(new MapSqlParameterSource(counter.key()).addValue("amount", amount)));
        merges.forEach((sql, rows) -> jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new)));
        if (changed.isEmpty()) {
            return; // a redelivered batch: nothing kept is out of date
        }
        String stamp = UUID.randomUUID().toString();
        jdbc.batchUpdate(renewStamp, changed.stream()
                .map(municipality -> new MapSqlParameterSource("municipality_id", municipality).addValue("stamp", stamp))
                .toArray(SqlParameterSource[]::new));
        reads.stampsRenewed();
    }

    private String incrementSql(Counter counter) {
        List<String> key = List.copyOf(counter.key().keySet());
        List<String> types = key.stream().map(column -> sqlType(counter.key().get(column))).toList();
        return statements.computeIfAbsent(List.of(counter.table(), key, types, counter.column()), statement -> {
            String source = IntStream.range(0, key.size())
                    .mapToObj(i -> "CAST(:" + key.get(i) + " AS " + types.get(i) + ") AS " + key.get(i))
                    .collect(Collectors.joining(", "));
            return "MERGE INTO " + counter.table() + " t USING (SELECT " + source + ") s ON (" + match(key) + ")"
                    + " WHEN MATCHED THEN UPDATE SET " + counter.column() + " = t." + counter.column() + " + :amount"
                    + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", key) + ", " + counter.column() + ")"
                    + " VALUES (" + parameters(key) + ", :amount)";
        });
    }

    private static String match(List<String> key) {
        return key.stream().map(column -> "t." + column + " = s." + column).collect(Collectors.joining(" AND "));
    }

    private static String parameters(Collection<String> columns) {
        return columns.stream().map(column -> ":" + column).collect(Collectors.joining(", "));
    }

    /** The type PostgreSQL is told a key value has: a bare parameter in a SELECT has none. */
    private static String sqlType(Object value) {
        if (value instanceof LocalDate) {
            return "DATE";
        }
        return value instanceof Boolean ? "BOOLEAN" : "VARCHAR";
    }
}
