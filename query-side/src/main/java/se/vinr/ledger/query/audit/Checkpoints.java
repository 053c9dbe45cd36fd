package se.vinr.ledger.query.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The signed checkpoints ({@code rm_audit_checkpoint}); never cleared, see the migration. */
@Repository
class Checkpoints {

    private static final String COLUMNS = "municipality_id, chain_index, head_event_id, head_hash, signed_at, key_id,"
            + " signature";

    private final JdbcClient jdbc;

    Checkpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the checkpoint unless its head is signed already; answers the one stored. */
    Checkpoint add(Checkpoint checkpoint) {
        jdbc.sql("""
                        MERGE INTO rm_audit_checkpoint t
                        USING (SELECT CAST(:municipalityId AS VARCHAR) AS municipality_id,
                                      CAST(:chainIndex AS BIGINT) AS chain_index) s
                        ON (t.municipality_id = s.municipality_id AND t.chain_index = s.chain_index)
                        WHEN NOT MATCHED THEN INSERT (municipality_id, chain_index, head_event_id, head_hash, signed_at,
                                                      key_id, signature)
                        VALUES (:municipalityId, :chainIndex, :headEventId, :headHash, :signedAt, :keyId,
                                :signature)""")
                .param("municipalityId", checkpoint.municipalityId())
                .param("chainIndex", checkpoint.chainIndex())
                .param("headEventId", checkpoint.headEventId())
                .param("headHash", checkpoint.headHash())
                .param("signedAt", OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC))
                .param("keyId", checkpoint.keyId())
                .param("signature", checkpoint.signature())
                .update();
        return at(checkpoint.municipalityId(), checkpoint.chainIndex()).orElseThrow();
    }

    Optional<Checkpoint> at(String municipalityId, long chainIndex) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rm_audit_checkpoint WHERE municipality_id = :m"
                        + " AND chain_index = :chainIndex")
                .param("m", municipalityId)
                .param("chainIndex", chainIndex)
                .query(Checkpoints::checkpoint).optional();
    }

    /** The municipality's checkpoints up to {@code chainIndex}, oldest first. */
    List<Checkpoint> of(String municipalityId, long upToChainIndex) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rm_audit_checkpoint WHERE municipality_id = :m"
                        + " AND chain_index <= :chainIndex ORDER BY chain_index")
                .param("m", municipalityId)
                .param("chainIndex", upToChainIndex)
                .query(Checkpoints::checkpoint).list();
    }

    private static Checkpoint checkpoint(ResultSet row, int rowNumber) throws SQLException {
        return new Checkpoint(row.getString("municipality_id"), row.getLong("chain_index"),
                row.getString("head_event_id"), row.getString("head_hash"),
                row.getObject("signed_at", OffsetDateTime.class).toInstant(), row.getString("key_id"),
                row.getString("signature"));
    }
}
