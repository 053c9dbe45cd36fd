package se.vinr.ledger.command;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Tells Axon when an append failed because another writer stored the same aggregate sequence first, so that it
 * answers with a ConcurrencyException (409) instead of a server error. Axon's JDBC resolver only knows
 * {@link SQLIntegrityConstraintViolationException}, which H2 throws but PostgreSQL does not: it reports SQL state
 * 23505 (unique violation), for a batched insert on the exception chained to the batch's.
 */
final class UniqueViolations implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException e = exception; e != null; e = e.getNextException()) {
            if (e instanceof SQLIntegrityConstraintViolationException || UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
