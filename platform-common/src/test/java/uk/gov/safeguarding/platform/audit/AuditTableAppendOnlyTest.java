package uk.gov.safeguarding.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared migration V0_2 against the real PostgreSQL that deploy/local/infra-up starts, in a
 * scratch schema of the ingestion_test database dropped afterwards: inserts work, every UPDATE,
 * DELETE and TRUNCATE is refused, even by the table's owner.
 */
class AuditTableAppendOnlyTest {
  private static final String URL =
      "jdbc:postgresql://" + System.getenv().getOrDefault("PG_HOST_PORT", "localhost:5432") + "/ingestion_test";
  private final String schema = "audit_it_" + Long.toHexString(System.nanoTime());
  private Connection db;

  @BeforeEach
  void migrateIntoAScratchSchema() throws Exception {
    db = DriverManager.getConnection(URL, "ingestion", "ingestion");
    try (Statement s = db.createStatement()) {
      s.execute("create schema " + schema);
      s.execute("set search_path to " + schema);
      s.execute(migration());
    }
  }

  @AfterEach
  void dropScratchSchema() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("drop schema " + schema + " cascade");
    } finally {
      db.close();
    }
  }

  @Test
  void appendsRecordsWithTheTimeOfTheChange() throws SQLException {
    insert("service-account-dfe-publisher", "DATA_SET_PUBLISHED", "data-set-version", "safeguarding-indicators/1.0.0");
    insert("service-account-la-886", "RETURN_SUBMITTED", "cin-return", "r-1");
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select count(*), bool_and(occurred_at <= now()) from audit_event")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(2);
      assertThat(rs.getBoolean(2)).isTrue();
    }
  }

  @Test
  void refusesUpdateDeleteAndTruncate() throws SQLException {
    insert("service-account-dfe-publisher", "DATA_SET_WITHDRAWN", "data-set-version", "safeguarding-indicators/1.0.0");
    assertThatThrownBy(() -> exec("update audit_event set actor = 'someone-else'")).hasMessageContaining("append-only");
    assertThatThrownBy(() -> exec("delete from audit_event")).hasMessageContaining("append-only");
    assertThatThrownBy(() -> exec("truncate audit_event")).hasMessageContaining("append-only");
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select actor from audit_event")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("service-account-dfe-publisher");
    }
  }

  @Test
  void refusesMalformedActionsAtTheDatabaseToo() {
    assertThatThrownBy(() -> insert("a", "published; drop", "data-set-version", "x")).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> insert("a", "DATA_SET_PUBLISHED", "Data Set", "x")).isInstanceOf(SQLException.class);
  }

  private void insert(String actor, String action, String subjectType, String subjectId) throws SQLException {
    try (var ps = db.prepareStatement("insert into audit_event (actor, action, subject_type, subject_id) values (?, ?, ?, ?)")) {
      ps.setString(1, actor);
      ps.setString(2, action);
      ps.setString(3, subjectType);
      ps.setString(4, subjectId);
      ps.executeUpdate();
    }
  }

  private void exec(String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  private static String migration() throws IOException {
    try (InputStream in = AuditTableAppendOnlyTest.class.getResourceAsStream("/db/common/V0_2__audit_log.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
