package uk.gov.safeguarding.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline at rest: no service's outbox holds unsent rows and no processed-event ledger has
 * moved for six seconds. Poll {@link #now()} until true.
 */
public final class Settled {
  static final String PG = System.getenv().getOrDefault("PG_HOST_PORT", "localhost:5432");

  private Map<String, Long> last = Map.of();
  private long since = System.nanoTime();

  public boolean now() throws Exception {
    Map<String, Long> counts = new HashMap<>();
    long unsent = 0;
    for (String db : List.of("ingestion", "indicator", "evidence", "publication")) {
      try (Connection c = database(db); Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("select count(*) from outbox where sent_at is null")) {
          rs.next();
          unsent += rs.getLong(1);
        }
        try (ResultSet rs = s.executeQuery("select count(*) from processed_event")) {
          rs.next();
          counts.put(db, rs.getLong(1));
        }
      }
    }
    if (!counts.equals(last) || unsent > 0) {
      last = counts;
      since = System.nanoTime();
      return false;
    }
    return System.nanoTime() - since > Duration.ofSeconds(6).toNanos();
  }

  /** A connection to a service's own database on the stack's PostgreSQL, as that service. */
  public static Connection database(String name) throws java.sql.SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + PG + "/" + name, name, name);
  }
}
