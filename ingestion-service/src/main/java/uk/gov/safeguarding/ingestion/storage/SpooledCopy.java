package uk.gov.safeguarding.ingestion.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows for a table that cannot be sent yet (the connection is busy with a {@link CopyStream}):
 * kept in memory up to a threshold, then in a temporary file, and sent with one {@code COPY} by
 * {@link #copyInto(Connection)}. Memory stays bounded however many rows there are.
 */
public final class SpooledCopy implements AutoCloseable {
  private final String sql;
  private final int columns;
  private final int memoryChars;
  private final StringBuilder buffer = new StringBuilder();
  private Path file;
  private Writer fileWriter;
  private long rows;

  public SpooledCopy(String table, List<String> columns, int memoryChars) {
    this.sql = CopyText.command(table, columns);
    this.columns = columns.size();
    this.memoryChars = memoryChars;
  }

  /** Appends one row; moves what is buffered to the temporary file past the threshold. */
  public void row(Object... values) {
    CopyText.appendRow(buffer, columns, values);
    rows++;
    if (buffer.length() >= memoryChars) {
      try {
        if (fileWriter == null) {
          file = Files.createTempFile("copy-", ".tsv");
          fileWriter = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        fileWriter.append(buffer);
        buffer.setLength(0);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot spool rows to a temporary file", e);
      }
    }
  }

  /** Rows appended so far. */
  public long rows() {
    return rows;
  }

  /** Sends every row with one COPY on {@code c}; returns the rows PostgreSQL stored. */
  public long copyInto(Connection c) throws SQLException {
    if (rows == 0) {
      return 0;
    }
    try {
      if (fileWriter == null) {
        return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(buffer.toString()));
      }
      fileWriter.append(buffer);
      buffer.setLength(0);
      fileWriter.close();
      fileWriter = null;
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in);
      }
    } catch (IOException e) {
      throw new SQLException("COPY failed: " + sql, e);
    }
  }

  @Override
  public void close() {
    try {
      if (fileWriter != null) {
        fileWriter.close();
      }
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a temporary file left behind is removed with the JVM's temporary directory
    }
  }
}
