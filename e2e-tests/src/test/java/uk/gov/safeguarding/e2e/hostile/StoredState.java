package uk.gov.safeguarding.e2e.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact row counts of every table of a service's database: the proof that a rejected request
 * changed no stored state. Reads the databases that deploy/local/infra-up creates.
 */
final class StoredState {
  private static final String PG = System.getenv().getOrDefault("PG_HOST_PORT", "localhost:5432");

  private StoredState() {}

  static String database(String service) {
    return switch (service) {
      case "ingestion" -> "ingestion";
      case "indicator" -> "indicator";
      case "evidence" -> "evidence";
      case "publication" -> "publication";
      default -> throw new IllegalArgumentException(service);
    };
  }

  /** Table name to row count; waits until two reads agree, so in-flight consumers settle. */
  static Map<String, Long> settled(String service) throws Exception {
    Map<String, Long> previous = counts(service);
    for (int i = 0; i < 40; i++) {
      Thread.sleep(250);
      Map<String, Long> now = counts(service);
      if (now.equals(previous)) {
        return now;
      }
      previous = now;
    }
    return previous;
  }

  static Map<String, Long> counts(String service) throws SQLException {
    String db = database(service);
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG + "/" + db, db, db);
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(
          "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      Map<String, Long> counts = new TreeMap<>();
      for (String table : tables) {
        try (ResultSet rs = s.executeQuery("select count(*) from \"" + table.replace("\"", "") + "\"")) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
      return counts;
    }
  }
}
