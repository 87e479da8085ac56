package uk.gov.safeguarding.ingestion.storage;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, sent with pgjdbc's {@link CopyManager} a batch at a time, on the caller's
 * connection and transaction. Each flush is a complete {@code COPY ... FROM STDIN}, so batches
 * of different tables can interleave on one connection. {@code null} is SQL NULL.
 */
public final class CopyBatch {
  private final CopyManager copy;
  private final String sql;
  private final int columns;
  private final int batchRows;
  private final StringBuilder buffer = new StringBuilder(1 << 16);
  private int rows;
  private long sent;

  private CopyBatch(CopyManager copy, String table, List<String> columns, int batchRows) {
    this.copy = copy;
    this.sql = CopyText.command(table, columns);
    this.columns = columns.size();
    this.batchRows = Math.max(1, batchRows);
  }

  /** A batch writer for {@code table}'s {@code columns}, flushed every {@code batchRows} rows. */
  public static CopyBatch into(Connection c, String table, List<String> columns, int batchRows) throws SQLException {
    return new CopyBatch(c.unwrap(PGConnection.class).getCopyAPI(), table, columns, batchRows);
  }

  /** Appends one row; sends the batch when it is full. */
  public void row(Object... values) throws SQLException {
    CopyText.appendRow(buffer, columns, values);
    if (++rows >= batchRows) {
      flush();
    }
  }

  /** Sends the buffered rows, if any. */
  public void flush() throws SQLException {
    if (rows == 0) {
      return;
    }
    try {
      sent += copy.copyIn(sql, new StringReader(buffer.toString()));
    } catch (IOException e) {
      throw new SQLException("COPY failed: " + sql, e);
    }
    buffer.setLength(0);
    rows = 0;
  }

  /** Rows sent to PostgreSQL so far. */
  public long sent() {
    return sent;
  }
}
