package uk.gov.safeguarding.ingestion.returns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.safeguarding.ingestion.cin.ChildVisitor;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.rules.CinValidator;
import uk.gov.safeguarding.ingestion.cin.rules.Finding;
import uk.gov.safeguarding.ingestion.cin.rules.FindingSink;
import uk.gov.safeguarding.ingestion.storage.CopyStream;
import uk.gov.safeguarding.ingestion.storage.SpooledCopy;

/**
 * Writes one return's rows on the submitting transaction's connection: the return row, then its
 * children with one {@code COPY} streamed while they are parsed (PostgreSQL stores them while the
 * next ones are parsed and validated), and its findings, spooled while the COPY holds the
 * connection and sent after it. Memory stays bounded: 64 KB of children, a spool threshold of
 * findings.
 */
final class ReturnWriter implements ChildVisitor, FindingSink, AutoCloseable {
  private final Connection c;
  private final UUID returnId;
  private final ObjectWriter json;
  private final CopyStream children;
  private final SpooledCopy issues;
  private int childSeq;
  private int issueSeq;

  ReturnWriter(Connection c, UUID returnId, int findingsInMemoryChars, ObjectWriter json) throws SQLException {
    this.c = c;
    this.returnId = returnId;
    this.json = json;
    this.children = CopyStream.into(c, "cin_child", List.of("return_id", "seq", "la_child_id", "line", "record"));
    this.issues = new SpooledCopy("cin_return_issue", List.of("return_id", "seq", "rule_code", "la_child_id", "line", "path", "field", "value"), findingsInMemoryChars);
  }

  void insertReturn(String laCode, String laGssCode, int year, String idempotencyKey, String submittedBy, OffsetDateTime receivedAt) {
    String sql = "insert into cin_return (id, la_code, la_gss_code, collection_year, status, idempotency_key, submitted_by, received_at) values (?, ?, ?, ?, 'RECEIVING', ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, returnId);
      ps.setString(2, laCode);
      ps.setString(3, laGssCode);
      ps.setInt(4, year);
      ps.setString(5, idempotencyKey);
      ps.setString(6, submittedBy);
      ps.setTimestamp(7, Timestamp.from(receivedAt.toInstant()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the return", e);
    }
  }

  @Override
  public void visit(CinChild child) {
    try {
      children.row(returnId, ++childSeq, child.laChildId(), child.line(), json.writeValueAsString(child));
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Could not store a child record", e);
    }
  }

  @Override
  public void accept(Finding f) {
    issues.row(returnId, ++issueSeq, f.rule(), f.laChildId(), f.line(), f.path(), f.field(), f.value());
  }

  /** Ends the children's COPY, then sends the findings. */
  void flush() {
    try {
      children.finish();
      issues.copyInto(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the return's rows", e);
    }
  }

  /** Assigns the next version of this LA and year (serialised per LA and year) and completes the row. */
  int complete(String laCode, int year, ReturnStatus status, int childCount, CinValidator.Summary s, String hash, OffsetDateTime completedAt) {
    try {
      try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
        lock.setString(1, "cin_return:" + laCode + ":" + year);
        lock.execute();
      }
      int version;
      try (PreparedStatement ps = c.prepareStatement("select coalesce(max(version), 0) + 1 from cin_return where la_code = ? and collection_year = ?")) {
        ps.setString(1, laCode);
        ps.setInt(2, year);
        try (var rs = ps.executeQuery()) {
          rs.next();
          version = rs.getInt(1);
        }
      }
      String sql = "update cin_return set version = ?, status = ?, children = ?, errors = ?, queries = ?, return_level_errors = ?, return_level_queries = ?, content_hash = ?, completed_at = ? where id = ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setInt(1, version);
        ps.setString(2, status.name());
        ps.setInt(3, childCount);
        ps.setLong(4, s.errors());
        ps.setLong(5, s.queries());
        ps.setLong(6, s.returnLevelErrors());
        ps.setLong(7, s.returnLevelQueries());
        ps.setString(8, hash);
        ps.setTimestamp(9, Timestamp.from(completedAt.toInstant()));
        ps.setObject(10, returnId);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("insert into cin_return_rule_count (return_id, rule_code, findings) values (?, ?, ?)")) {
        for (Map.Entry<String, Long> e : s.byRule().entrySet()) {
          ps.setObject(1, returnId);
          ps.setString(2, e.getKey());
          ps.setLong(3, e.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      if (status == ReturnStatus.REJECTED) {
        // A rejected version keeps its findings (the LA's report) but not its children.
        try (PreparedStatement ps = c.prepareStatement("delete from cin_child where return_id = ?")) {
          ps.setObject(1, returnId);
          ps.executeUpdate();
        }
      }
      return version;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not complete the return", e);
    }
  }

  /** Cancels an unfinished COPY, drops the spooled findings and closes the connection. */
  @Override
  public void close() {
    try (c) {
      children.close();
      issues.close();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not close the return's connection", e);
    }
  }
}
