package se.vinr.ledger.query.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vinr.ledger.events.common.MunicipalityId;
import se.vinr.ledger.query.NotFoundException;
import se.vinr.ledger.query.projection.BatchBuffer;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/** The audit log ({@code rm_audit_event}): every event in handling order, chained per municipality. */
@Repository
public class AuditLog {

    /** Rows a streaming read fetches per round trip: an export never holds more than this in memory. */
    static final int STREAM_FETCH_SIZE = 500;
    /** Keys asked for in one IN list, well below what either database takes. */
    private static final int IN_LIST = 1000;
    private static final String COLUMNS = "position, global_index, municipality_id, chain_index, event_id, event_type,"
            + " event_revision, aggregate_type, aggregate_id, sequence_number, recorded_at, business_date, user_id,"
            + " correlation_id, payload, metadata, previous_hash, hash";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final NamedParameterJdbcTemplate batch;
    private final TransactionTemplate readOnly;

    AuditLog(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Puts the event at the end of the log and of its municipality's chain when the processor's batch commits; an
     * event already there (redelivery, replay over existing rows) is left as it is. The one thread of the audit
     * processor hands events over in handling order, which is what makes "the end" well defined.
     */
    void append(AuditEntry entry) {
        BatchBuffer.add(AuditLog.class.getName(), entry, this::write);
    }

    /** A batch of entries: three reads and two JDBC batches, however many events and municipalities it holds. */
    private void write(List<AuditEntry> entries) {
        Set<String> present = new HashSet<>(inChunks(entries.stream().map(entry -> entry.content().eventId()).toList(),
                ids -> jdbc.sql("SELECT event_id FROM rm_audit_event WHERE event_id IN (:ids)").param("ids", ids)
                        .query(String.class).list()));
        Map<String, Link> heads = new HashMap<>();
        inChunks(entries.stream().map(AuditEntry::municipalityId).distinct().toList(),
                ids -> jdbc.sql("SELECT municipality_id, chain_index, head_hash FROM rm_audit_chain"
                                + " WHERE municipality_id IN (:ids)").param("ids", ids)
                        .query((row, rowNumber) -> Map.entry(row.getString(1), new Link(row.getLong(2),
                                row.getString(3)))).list())
                .forEach(head -> heads.put(head.getKey(), head.getValue()));
        long position = lastPosition();
        Map<String, Link> moved = new HashMap<>();
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (AuditEntry entry : entries) {
            ChainedContent content = entry.content();
            if (!present.add(content.eventId())) {
                continue;
            }
            Link head = heads.getOrDefault(entry.municipalityId(), Link.GENESIS);
            Link link = new Link(head.chainIndex() + 1, HashChain.next(head.hash(), content));
            heads.put(entry.municipalityId(), link);
            moved.put(entry.municipalityId(), link);
            rows.add(new MapSqlParameterSource()
                    .addValue("position", ++position)
                    .addValue("globalIndex", entry.globalIndex())
                    .addValue("municipalityId", entry.municipalityId())
                    .addValue("chainIndex", link.chainIndex())
                    .addValue("eventId", content.eventId())
                    .addValue("type", content.type())
                    .addValue("revision", content.revision())
                    .addValue("aggregateType", content.aggregateType())
                    .addValue("aggregateId", content.aggregateId())
                    .addValue("sequence", content.sequence())
                    .addValue("recordedAt", timestamp(content.recordedAt()))
                    .addValue("businessDate", entry.businessDate())
                    .addValue("userId", entry.userId())
                    .addValue("correlationId", entry.correlationId())
                    .addValue("payload", CanonicalJson.write(content.payload()))
                    .addValue("metadata", CanonicalJson.write(content.metadata()))
                    .addValue("previousHash", head.hash())
                    .addValue("hash", link.hash()));
        }
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate("INSERT INTO rm_audit_event (" + COLUMNS + ") VALUES (:position, :globalIndex,"
                + " :municipalityId, :chainIndex, :eventId, :type, :revision, :aggregateType, :aggregateId, :sequence,"
                + " :recordedAt, :businessDate, :userId, :correlationId, :payload, :metadata, :previousHash, :hash)",
                rows.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                        MERGE INTO rm_audit_chain t
                        USING (SELECT CAST(:municipalityId AS VARCHAR) AS municipality_id) s
                        ON (t.municipality_id = s.municipality_id)
                        WHEN MATCHED THEN UPDATE SET chain_index = :chainIndex, head_hash = :hash
                        WHEN NOT MATCHED THEN INSERT (municipality_id, chain_index, head_hash)
                        VALUES (:municipalityId, :chainIndex, :hash)""",
                moved.entrySet().stream().map(head -> new MapSqlParameterSource()
                        .addValue("municipalityId", head.getKey())
                        .addValue("chainIndex", head.getValue().chainIndex())
                        .addValue("hash", head.getValue().hash())).toArray(SqlParameterSource[]::new));
    }

    /** Where a municipality's chain ends: its length and last hash (0 and 64 zeros before its first event). */
    private record Link(long chainIndex, String hash) {
        static final Link GENESIS = new Link(0, HashChain.GENESIS);
    }

    private Link link(String municipalityId) {
        return jdbc.sql("SELECT chain_index, head_hash FROM rm_audit_chain WHERE municipality_id = :m")
                .param("m", municipalityId)
                .query((row, rowNumber) -> new Link(row.getLong("chain_index"), row.getString("head_hash")))
                .optional().orElse(Link.GENESIS);
    }

    /** What {@code read} answers for {@code keys}, asked {@value #IN_LIST} keys at a time. */
    private static <T> List<T> inChunks(List<String> keys, Function<List<String>, List<T>> read) {
        List<T> answers = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_LIST) {
            answers.addAll(read.apply(keys.subList(from, Math.min(keys.size(), from + IN_LIST))));
        }
        return answers;
    }

    void clear() {
        jdbc.sql("DELETE FROM rm_audit_chain").update();
        jdbc.sql("DELETE FROM rm_audit_event").update();
    }

    boolean contains(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM rm_audit_event WHERE event_id = :eventId")
                .param("eventId", eventId).query(Long.class).single() > 0;
    }

    /** A municipality is known to the log once it has an event there; else not found. */
    public void requireKnown(String municipalityId) {
        if (head(municipalityId).isEmpty()) {
            throw NotFoundException.municipality(new MunicipalityId(municipalityId));
        }
    }

    /** The last event of the municipality's chain. */
    public Optional<AuditEvent> head(String municipalityId) {
        Link link = link(municipalityId);
        if (link.chainIndex() == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM rm_audit_event WHERE municipality_id = :m"
                        + " AND chain_index = :chainIndex")
                .param("m", municipalityId)
                .param("chainIndex", link.chainIndex())
                .query(AuditLog::event).optional();
    }

    List<String> municipalities() {
        return jdbc.sql("SELECT municipality_id FROM rm_audit_chain ORDER BY municipality_id")
                .query(String.class).list();
    }

    /** The highest global index handled; what the verifier falls back on when the processor's token is unknown. */
    long maxGlobalIndex() {
        return jdbc.sql("SELECT MAX(global_index) FROM rm_audit_event").query((row, rowNumber) -> row.getLong(1))
                .single();
    }

    /** Up to {@code limit} selected events after position {@code after}, in order. */
    List<AuditEvent> select(AuditFilter filter, long after, int limit) {
        Query query = Query.of(filter, after, null);
        return jdbc.sql(query.sql() + " FETCH FIRST :limit ROWS ONLY")
                .params(query.params())
                .param("limit", limit)
                .query(AuditLog::event).list();
    }

    /**
     * Hands every selected event after {@code after} up to position {@code until} to {@code sink}, in order, from a
     * database cursor ({@value #STREAM_FETCH_SIZE} rows at a time; PostgreSQL only uses one inside a transaction).
     */
    void stream(AuditFilter filter, long after, long until, Consumer<AuditEvent> sink) {
        Query query = Query.of(filter, after, until);
        readOnly.executeWithoutResult(status -> {
            try (Stream<AuditEvent> events = streaming.sql(query.sql()).params(query.params())
                    .query(AuditLog::event).stream()) {
                events.forEach(sink);
            }
        });
    }

    /** The highest position in the log (0 when empty, as getLong reads NULL): where a consistent export stops. */
    long lastPosition() {
        // a bare MAX over the primary key: both databases read it off the index
        return jdbc.sql("SELECT MAX(position) FROM rm_audit_event").query((row, rowNumber) -> row.getLong(1)).single();
    }

    private record Query(String sql, Map<String, Object> params) {

        static Query of(AuditFilter filter, long after, Long until) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            conditions.add("position > :after");
            params.put("after", after);
            condition(conditions, params, "position <= :until", "until", until);
            condition(conditions, params, "municipality_id = :municipalityId", "municipalityId",
                    filter.municipalityId());
            condition(conditions, params, "correlation_id = :correlationId", "correlationId", filter.correlationId());
            if (filter.readable() != null) {
                conditions.add(filter.readable().isEmpty() ? "1 = 0" : "municipality_id IN (:readable)");
                params.put("readable", filter.readable());
            }
            condition(conditions, params, "aggregate_id = :aggregateId", "aggregateId", filter.aggregateId());
            condition(conditions, params, "event_type = :type", "type", filter.type());
            condition(conditions, params, "user_id = :userId", "userId", filter.userId());
            condition(conditions, params, "recorded_at >= :recordedFrom", "recordedFrom",
                    timestamp(filter.recordedFrom()));
            condition(conditions, params, "recorded_at <= :recordedTo", "recordedTo", timestamp(filter.recordedTo()));
            condition(conditions, params, "business_date >= :businessFrom", "businessFrom", filter.businessFrom());
            condition(conditions, params, "business_date <= :businessTo", "businessTo", filter.businessTo());
            return new Query("SELECT " + COLUMNS + " FROM rm_audit_event WHERE " + String.join(" AND ", conditions)
                    + " ORDER BY position", params);
        }

        private static void condition(List<String> conditions, Map<String, Object> params, String sql, String name,
                                      Object value) {
            if (value != null) {
                conditions.add(sql);
                params.put(name, value);
            }
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEvent event(ResultSet row, int rowNumber) throws SQLException {
        return new AuditEvent(
                row.getLong("position"),
                row.getLong("global_index"),
                row.getString("municipality_id"),
                row.getLong("chain_index"),
                row.getString("event_id"),
                row.getString("event_type"),
                row.getString("event_revision"),
                row.getString("aggregate_type"),
                row.getString("aggregate_id"),
                row.getObject("sequence_number", Long.class),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getObject("business_date", LocalDate.class),
                row.getString("user_id"),
                row.getString("correlation_id"),
                row.getString("payload"),
                row.getString("metadata"),
                row.getString("previous_hash"),
                row.getString("hash"));
    }
}
