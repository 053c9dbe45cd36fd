package se.vinr.ledger.query.projection;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Reads the command side's snapshot table (Axon's {@code SnapshotEventEntry}: in the standalone jar the same
 * database, in the query service the command schema on its search path). With Axon Server the snapshots live there
 * and the table does not exist here: then there is nothing to show.
 */
@Component
public class Snapshots {

    private final JdbcClient jdbc;

    Snapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per aggregate type; null when the table cannot be read. */
    public List<SnapshotSummary> summary() {
        try {
            // Axon writes timeStamp as an ISO-8601 instant: the greatest string is the latest instant.
            return jdbc.sql("SELECT type, COUNT(*), MAX(sequenceNumber), MAX(timeStamp) FROM SnapshotEventEntry "
                            + "GROUP BY type ORDER BY type")
                    .query((rs, i) -> new SnapshotSummary(rs.getString(1), rs.getLong(2), rs.getLong(3),
                            Instant.parse(rs.getString(4))))
                    .list();
        } catch (BadSqlGrammarException noSnapshotTable) {
            return null;
        }
    }
}
