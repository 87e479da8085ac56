package uk.gov.safeguarding.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.events.EventJson;

/**
 * The transactional outbox: an event is written to the {@code outbox} table in the same
 * transaction as the business rows it describes, and {@link OutboxRelay} sends it to Kafka
 * afterwards. So an accepted request is never lost and never published without being stored.
 *
 * <p>The committing transaction wakes the relays instead of leaving the row to their poll: the
 * insert also sends {@code NOTIFY outbox}, which PostgreSQL delivers to every listening instance
 * of the service at commit and never for a rolled-back transaction ({@link OutboxListener}), and
 * this instance's relay is also signalled in-process once the transaction has committed.
 */
@ApplicationScoped
public class Outbox {
  /** The notification channel; PostgreSQL scopes it to the service's database. */
  static final String CHANNEL = "outbox";

  /**
   * One round trip: the row, stamped with the statement's clock time (not the transaction's
   * start, so relay lag starts when the event was written), and the notification.
   */
  static final String INSERT_AND_NOTIFY =
      "with row as (insert into outbox (event_id, topic, event_key, event_type, payload, created_at)"
          + " values (?, ?, ?, ?, ?, clock_timestamp()) returning id)"
          + " select pg_notify('" + CHANNEL + "', '') from row";

  private static final Object WAKE_AFTER_COMMIT = new Object();

  @Inject AgroalDataSource dataSource;
  @Inject TransactionSynchronizationRegistry transactions;
  @Inject OutboxRelay relay;

  /**
   * Prefixed to every topic; tests use "test." so they never mix with a running stack. Optional:
   * MicroProfile Config treats the empty production value as missing, so a plain String injection
   * failed at start-up outside the test profile.
   */
  @ConfigProperty(name = "events.topic-prefix")
  Optional<String> topicPrefix;

  /**
   * Stores an event for relay. Must run inside the caller's transaction.
   *
   * @param key the Kafka record key (an area code), which orders events per key
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(String topic, String key, UUID eventId, Object event) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT_AND_NOTIFY)) {
      ps.setObject(1, eventId);
      ps.setString(2, topicPrefix.orElse("") + topic);
      ps.setString(3, key);
      ps.setString(4, event.getClass().getSimpleName());
      ps.setString(5, EventJson.write(event));
      ps.executeQuery().close();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the outbox", e);
    }
    wakeRelayAfterCommit();
  }

  private void wakeRelayAfterCommit() {
    if (transactions.getResource(WAKE_AFTER_COMMIT) != null) {
      return; // one signal per transaction, however many events it writes
    }
    transactions.putResource(WAKE_AFTER_COMMIT, Boolean.TRUE);
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          relay.wake();
        }
      }
    });
  }
}
