package uk.gov.safeguarding.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 */
@ApplicationScoped
public class Outbox {
  @Inject AgroalDataSource dataSource;

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
    String sql = "insert into outbox (event_id, topic, event_key, event_type, payload) values (?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, eventId);
      ps.setString(2, topicPrefix.orElse("") + topic);
      ps.setString(3, key);
      ps.setString(4, event.getClass().getSimpleName());
      ps.setString(5, EventJson.write(event));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the outbox", e);
    }
  }
}
