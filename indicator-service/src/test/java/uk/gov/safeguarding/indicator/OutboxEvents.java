package uk.gov.safeguarding.indicator;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.IndicatorsChanged;
import uk.gov.safeguarding.events.Topics;

/** What the service wrote to its outbox for a collection year: the tests' view of the year's event chain. */
final class OutboxEvents {
  private OutboxEvents() {}

  /** The year's IndicatorsChanged events on the test topic, in outbox order. */
  static List<IndicatorsChanged> ofYear(AgroalDataSource dataSource, int year) {
    List<IndicatorsChanged> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select payload from outbox where topic = ? and event_key = ? order by id")) {
      ps.setString(1, "test." + Topics.INDICATOR_CHANGES);
      ps.setString(2, String.valueOf(year));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(EventJson.read(rs.getString(1), IndicatorsChanged.class));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
