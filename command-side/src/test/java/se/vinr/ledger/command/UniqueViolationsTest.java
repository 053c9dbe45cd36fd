package se.vinr.ledger.command;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueViolationsTest {

    private final UniqueViolations resolver = new UniqueViolations();

    @Test
    void postgreSqlsBatchedUniqueViolationIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", batch))).isTrue();
    }

    @Test
    void h2sConstraintViolationIsADuplicateKey() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLIntegrityConstraintViolationException("dup", "23505")))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection lost", "08006"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("not null", "23502"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
