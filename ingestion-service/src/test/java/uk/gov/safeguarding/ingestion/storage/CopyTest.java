package uk.gov.safeguarding.ingestion.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * COPY over the real PostgreSQL, in batches, as one open stream, and spooled: what goes in comes
 * back byte for byte, NULL stays NULL, and a failed stream leaves the connection usable.
 */
@QuarkusTest
class CopyTest {
  @Inject AgroalDataSource dataSource;

  // pooled connections outlive a test, and their temporary tables with them
  private static final String TABLE = "drop table if exists copy_probe; create temporary table copy_probe (id uuid, n integer, d date, t text, j jsonb)";

  @Test
  void valuesWithTabsNewlinesBackslashesAndNonAsciiComeBackUnchanged() throws SQLException {
    UUID id = UUID.randomUUID();
    String awkward = "tab\there\nnew line\r\\N back\\slash \u00e9\u2014\uD83D\uDE00 'quote\" ;drop table x;--";
    String json = "{\"name\":\"a\\tb\\\\c\\n\",\"quote\":\"\\\"\"}";
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(TABLE);
      CopyBatch batch = CopyBatch.into(c, "copy_probe", List.of("id", "n", "d", "t", "j"), 10);
      batch.row(id, 42, LocalDate.of(2025, 3, 31), awkward, json);
      batch.row(null, null, null, null, null);
      batch.row(id, -1, LocalDate.of(2024, 2, 29), "", "[]");
      batch.flush();

      List<List<String>> rows = read(s);
      assertThat(rows).containsExactlyInAnyOrder(
          List.of(id.toString(), "42", "2025-03-31", awkward, "{\"name\": \"a\\tb\\\\c\\n\", \"quote\": \"\\\"\"}"),
          java.util.Arrays.asList(null, null, null, null, null),
          List.of(id.toString(), "-1", "2024-02-29", "", "[]"));
      assertThat(batch.sent()).isEqualTo(3);
    }
  }

  @Test
  void aFullBatchIsSentWithoutWaitingForFlush() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(TABLE);
      CopyBatch batch = CopyBatch.into(c, "copy_probe", List.of("n", "t"), 2);
      batch.row(1, "one");
      assertThat(batch.sent()).isZero();
      batch.row(2, "two");
      assertThat(batch.sent()).isEqualTo(2);
      assertThat(read(s)).hasSize(2);
      batch.row(3, "three");
      batch.flush();
      batch.flush();
      assertThat(read(s)).hasSize(3);
    }
  }

  @Test
  void batchesOfTwoTablesInterleaveOnOneConnection() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(TABLE);
      s.execute("drop table if exists copy_probe_two; create temporary table copy_probe_two (n integer)");
      CopyBatch one = CopyBatch.into(c, "copy_probe", List.of("n"), 1);
      CopyBatch two = CopyBatch.into(c, "copy_probe_two", List.of("n"), 1);
      for (int i = 0; i < 5; i++) {
        one.row(i);
        two.row(i * 10);
      }
      assertThat(read(s)).hasSize(5);
      try (ResultSet rs = s.executeQuery("select sum(n) from copy_probe_two")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(100);
      }
    }
  }

  @Test
  void aRowWithTheWrongNumberOfValuesIsRefusedBeforeAnythingIsSent() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      CopyBatch batch = CopyBatch.into(c, "copy_probe", List.of("n", "t"), 1);
      assertThatThrownBy(() -> batch.row(1)).isInstanceOf(IllegalArgumentException.class);
      assertThat(batch.sent()).isZero();
    }
  }

  @Test
  void aValueTheColumnCannotHoldFailsTheCopy() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(TABLE);
      CopyBatch batch = CopyBatch.into(c, "copy_probe", List.of("n"), 5);
      batch.row("not a number");
      assertThatThrownBy(batch::flush).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void aStreamSendsRowsBeforeItIsFinishedAndFinishStoresThemAll() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(TABLE);
      c.setAutoCommit(false);
      try (CopyStream stream = CopyStream.into(c, "copy_probe", List.of("n", "t"))) {
        for (int i = 0; i < 20_000; i++) {
          stream.row(i, "row\t" + i + "\n");
        }
        assertThat(stream.finish()).isEqualTo(20_000);
        assertThat(stream.rows()).isEqualTo(20_000);
      }
      try (ResultSet rs = s.executeQuery("select count(*), max(n), min(t) from copy_probe")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(20_000);
        assertThat(rs.getInt(2)).isEqualTo(19_999);
        assertThat(rs.getString(3)).isEqualTo("row\t0\n");
      }
      c.rollback();
      c.setAutoCommit(true);
    }
  }

  @Test
  void closingAnUnfinishedStreamCancelsItAndTheConnectionCanRollBack() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(TABLE);
      c.setAutoCommit(false);
      CopyStream stream = CopyStream.into(c, "copy_probe", List.of("n", "t"));
      for (int i = 0; i < 10_000; i++) {
        stream.row(i, "x".repeat(20));
      }
      stream.close();
      c.rollback();
      c.setAutoCommit(true);
      assertThat(read(s)).isEmpty();
    }
  }

  @Test
  void rowsSpooledPastTheThresholdGoThroughATemporaryFileAndArriveInOrder() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); SpooledCopy spool = new SpooledCopy("copy_probe", List.of("n", "t"), 100)) {
      s.execute(TABLE);
      for (int i = 0; i < 1_000; i++) {
        spool.row(i, i % 10 == 0 ? null : "caf\u00e9 \\ " + i);
      }
      assertThat(spool.copyInto(c)).isEqualTo(1_000);
      List<List<String>> rows = read(s);
      assertThat(rows).hasSize(1_000);
      assertThat(rows.get(0).get(3)).isNull();
      assertThat(rows.get(999).get(3)).isEqualTo("caf\u00e9 \\ 999");
    }
  }

  @Test
  void aSpoolWithNoRowsSendsNothing() throws SQLException {
    try (Connection c = dataSource.getConnection(); SpooledCopy spool = new SpooledCopy("no_such_table", List.of("n"), 100)) {
      assertThat(spool.copyInto(c)).isZero();
    }
  }

  private static List<List<String>> read(Statement s) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("select id::text, n::text, d::text, t, j::text from copy_probe order by n nulls last, d")) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
