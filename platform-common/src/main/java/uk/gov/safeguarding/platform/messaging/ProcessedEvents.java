package uk.gov.safeguarding.platform.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Idempotent consumers: records each consumed event id in the consumer's own transaction, so a
 * redelivered event (after a crash or a broker outage) is recognised and skipped.
 */
@ApplicationScoped
public class ProcessedEvents {
  @Inject AgroalDataSource dataSource;

  /**
   * Marks the event as processed; returns false when it already was. Call first inside the
   * consumer's transaction and skip the work on false.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(UUID eventId, String topic) {
    String sql = "insert into processed_event (event_id, topic) values (?, ?) on conflict do nothing";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, eventId);
      ps.setString(2, topic);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the processed event", e);
    }
  }
}
