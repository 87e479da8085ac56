package uk.gov.safeguarding.ingestion.storage;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, encoded in PostgreSQL's {@code COPY} text format and sent with pgjdbc's
 * {@link CopyManager} a batch at a time, on the caller's connection and transaction.
 *
 * <p>Each flush is a complete {@code COPY ... FROM STDIN}, so batches of different tables can
 * interleave on one connection (children and findings arrive mixed while a return streams in).
 * Values are written with {@link Object#toString()}: strings, numbers, UUIDs and ISO dates;
 * {@code null} is SQL NULL.
 */
public final class CopyBatch {
  private final CopyManager copy;
  private final String sql;
  private final int columns;
  private final int batchRows;
  private final StringBuilder buffer = new StringBuilder(1 << 16);
  private int rows;
  private int fieldsInRow;
  private long sent;

  private CopyBatch(CopyManager copy, String table, List<String> columns, int batchRows) {
    this.copy = copy;
    this.sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    this.columns = columns.size();
    this.batchRows = Math.max(1, batchRows);
  }

  /** A batch writer for {@code table}'s {@code columns}, flushed every {@code batchRows} rows. */
  public static CopyBatch into(Connection c, String table, List<String> columns, int batchRows) throws SQLException {
    return new CopyBatch(c.unwrap(PGConnection.class).getCopyAPI(), table, columns, batchRows);
  }

  /** Appends one row; sends the batch when it is full. */
  public void row(Object... values) throws SQLException {
    if (values.length != columns) {
      throw new IllegalArgumentException("Expected " + columns + " values, got " + values.length);
    }
    for (Object v : values) {
      field(v);
    }
    endRow();
  }

  private void field(Object value) {
    if (fieldsInRow++ > 0) {
      buffer.append('\t');
    }
    if (value == null) {
      buffer.append("\\N");
    } else {
      escape(value.toString(), buffer);
    }
  }

  private void endRow() throws SQLException {
    buffer.append('\n');
    fieldsInRow = 0;
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
      throw new SQLException("COPY into " + sql + " failed", e);
    }
    buffer.setLength(0);
    rows = 0;
  }

  /** Rows sent to PostgreSQL so far. */
  public long sent() {
    return sent;
  }

  /** Escapes a value for the text format: backslash, and the delimiter and line characters. */
  static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
  }
}
