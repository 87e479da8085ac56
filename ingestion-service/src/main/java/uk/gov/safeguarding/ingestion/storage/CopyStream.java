package uk.gov.safeguarding.ingestion.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * One {@code COPY ... FROM STDIN} kept open while rows are produced: rows are sent every 64 KB,
 * so PostgreSQL stores them while the caller is still producing the next ones.
 *
 * <p>While the stream is open the connection can run nothing else; rows for other tables go to a
 * {@link SpooledCopy} and are sent after {@link #finish()}. {@link #close()} cancels an unfinished
 * COPY, so a failed submission leaves the connection usable for its rollback.
 */
public final class CopyStream implements AutoCloseable {
  private static final int SEND_CHARS = 1 << 16;

  private final CopyManager copy;
  private final String sql;
  private final int columns;
  private final StringBuilder buffer = new StringBuilder(SEND_CHARS + 4096);
  private CopyIn in;
  private long rows;

  private CopyStream(CopyManager copy, String table, List<String> columns) {
    this.copy = copy;
    this.sql = CopyText.command(table, columns);
    this.columns = columns.size();
  }

  /** A stream into {@code table}'s {@code columns}; the COPY starts with the first 64 KB of rows. */
  public static CopyStream into(Connection c, String table, List<String> columns) throws SQLException {
    return new CopyStream(c.unwrap(PGConnection.class).getCopyAPI(), table, columns);
  }

  /** Appends one row; sends what is buffered once it passes 64 KB. */
  public void row(Object... values) throws SQLException {
    CopyText.appendRow(buffer, columns, values);
    rows++;
    if (buffer.length() >= SEND_CHARS) {
      send();
    }
  }

  private void send() throws SQLException {
    if (buffer.isEmpty()) {
      return;
    }
    if (in == null) {
      in = copy.copyIn(sql);
    }
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    in.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  /** Sends the rest and ends the COPY; returns the rows PostgreSQL stored. */
  public long finish() throws SQLException {
    send();
    if (in == null) {
      return 0;
    }
    long stored = in.endCopy();
    in = null;
    return stored;
  }

  /** Rows appended so far. */
  public long rows() {
    return rows;
  }

  @Override
  public void close() {
    if (in != null && in.isActive()) {
      try {
        in.cancelCopy();
      } catch (SQLException e) {
        // the connection is being given up with its transaction anyway
      }
    }
    in = null;
  }
}
