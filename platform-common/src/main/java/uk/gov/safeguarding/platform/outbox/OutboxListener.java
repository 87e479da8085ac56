package uk.gov.safeguarding.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes this instance's {@link OutboxRelay} when any instance of the service commits an outbox
 * row: holds one connection of its own (outside the pool) that {@code LISTEN}s on the outbox
 * channel. When that connection drops it reconnects with backoff and wakes the relay once
 * listening again, so rows committed in the gap are relayed then (and by the poll meanwhile).
 * An idle connection is checked every {@code outbox.listen.check-interval} so a half-open one is
 * noticed.
 */
@ApplicationScoped
public class OutboxListener {
  private static final Logger LOG = Logger.getLogger(OutboxListener.class);
  /** The connection's application_name, so an operator (or a test) can find it in pg_stat_activity. */
  static final String APPLICATION_NAME = "outbox-listener";

  @Inject OutboxRelay relay;

  @ConfigProperty(name = "outbox.listen.enabled", defaultValue = "true")
  boolean enabled;

  @ConfigProperty(name = "outbox.listen.check-interval", defaultValue = "PT10S")
  Duration checkInterval;

  @ConfigProperty(name = "outbox.listen.max-backoff", defaultValue = "PT5S")
  Duration maxBackoff;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  Optional<String> url;

  /** A direct URL when the pool goes through a transaction-mode pooler, which cannot LISTEN. */
  @ConfigProperty(name = "outbox.listen.jdbc-url")
  Optional<String> listenUrl;

  @ConfigProperty(name = "quarkus.datasource.username")
  Optional<String> username;

  @ConfigProperty(name = "quarkus.datasource.password")
  Optional<String> password;

  private final Counter reconnects;
  private volatile boolean running;
  private volatile boolean listening;
  private volatile Connection connection;
  private Thread thread;

  @Inject
  public OutboxListener(MeterRegistry registry) {
    this.reconnects = registry.counter("outbox.listen.reconnects");
  }

  void onStart(@Observes StartupEvent event) {
    if (!enabled || listenUrl.or(() -> url).isEmpty()) {
      return;
    }
    running = true;
    thread = new Thread(this::listenUntilStopped, "outbox-listener");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Stops listening: closes the connection, which ends a wait for notifications at once (the
   * driver's blocking read does not answer an interrupt), so no notification that arrives later
   * (another instance's commit) wakes a relay that has shut down.
   */
  void onStop(@Observes ShutdownEvent event) {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
    Connection c = connection;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        LOG.debugf("Closing the outbox listener's connection: %s", e.getMessage());
      }
    }
  }

  /** True while the LISTEN connection is up. */
  public boolean listening() {
    return listening;
  }

  private void listenUntilStopped() {
    long backoffMillis = 100;
    while (running) {
      try (Connection c = connect()) {
        connection = c;
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + Outbox.CHANNEL);
        }
        listening = true;
        backoffMillis = 100;
        relay.wake(); // whatever was committed while not listening
        awaitNotifications(c);
      } catch (SQLException e) {
        if (running) {
          reconnects.increment();
          LOG.warnf("Outbox listener lost its connection (%s); reconnecting in %d ms, the poll covers meanwhile",
              e.getClass().getSimpleName(), backoffMillis);
        }
      } finally {
        listening = false;
        connection = null;
      }
      if (!sleep(backoffMillis)) {
        return;
      }
      backoffMillis = Math.min(backoffMillis * 2, maxBackoff.toMillis());
    }
  }

  private void awaitNotifications(Connection c) throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    int timeout = (int) checkInterval.toMillis();
    while (running) {
      PGNotification[] notifications = pg.getNotifications(timeout);
      if (notifications != null && notifications.length > 0 && running) {
        relay.wake();
      } else {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
          rs.next(); // the connection is still there
        }
      }
    }
  }

  private Connection connect() throws SQLException {
    Properties p = new Properties();
    username.ifPresent(u -> p.setProperty("user", u));
    password.ifPresent(pw -> p.setProperty("password", pw));
    p.setProperty("ApplicationName", APPLICATION_NAME);
    p.setProperty("tcpKeepAlive", "true");
    return DriverManager.getConnection(listenUrl.or(() -> url).orElseThrow(), p);
  }

  private boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return running;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
