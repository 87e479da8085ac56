package uk.gov.safeguarding.ingestion.returns;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The JDBC side of a submission, so that {@link ReturnService} runs no SQL itself: it opens the
 * {@link ReturnWriter} on a connection of the submitting transaction, and recognises the unique
 * constraint that two identical submissions at once run into.
 */
@ApplicationScoped
class ReturnStore {
  private static final String UNIQUE_VIOLATION = "23505";

  @Inject AgroalDataSource dataSource;

  /** A writer for the rows of return {@code returnId}; closing it closes its connection. */
  ReturnWriter open(UUID returnId, int findingsInMemoryChars, ObjectWriter childJson) {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      return new ReturnWriter(c, returnId, findingsInMemoryChars, childJson);
    } catch (SQLException e) {
      closeQuietly(c, e);
      throw new IllegalStateException("Could not start storing the return", e);
    }
  }

  /** True when {@code e} or one of its causes is PostgreSQL's unique-constraint violation. */
  static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static void closeQuietly(Connection c, SQLException failure) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
