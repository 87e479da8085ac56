package uk.gov.safeguarding.publication.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.events.IndicatorsChanged.ValueKey;

/**
 * The unsuppressed indicator values of each collection year as the IndicatorsChanged events
 * applied so far left them (tables {@code indicator_year}, {@code indicator_year_value}). Each
 * replica keeps the years it last applied in memory and trusts that copy only while the stored
 * content hash is still its own, so a year applied by another replica (after a partition moved)
 * is read again from the database. Used inside the consumer's transaction, which holds the year's
 * row lock from {@link #lock} to commit: one event of a year at a time across replicas.
 */
@ApplicationScoped
public class IndicatorYears {
  private static final TypeReference<List<IndicatorDefinition>> DEFINITIONS = new TypeReference<>() {};

  @Inject AgroalDataSource dataSource;

  /** This replica's copy of the years it last read or stored. */
  private final Map<Integer, IndicatorYear> copies = new ConcurrentHashMap<>();

  /** Locks the year for this transaction and returns what its events left (empty before its first snapshot). */
  public IndicatorYear lock(int year) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("insert into indicator_year (collection_year) values (?) on conflict do nothing")) {
        ps.setInt(1, year);
        ps.executeUpdate();
      }
      String hash;
      String definitions;
      try (PreparedStatement ps = c.prepareStatement("select content_hash, definitions from indicator_year where collection_year = ? for update")) {
        ps.setInt(1, year);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          hash = rs.getString(1);
          definitions = rs.getString(2);
        }
      }
      if (hash == null) {
        return IndicatorYear.empty(year);
      }
      IndicatorYear mine = copies.get(year);
      if (mine != null && mine.contentHash().equals(hash)) {
        return mine;
      }
      IndicatorYear stored = IndicatorYear.of(year, EventJson.read(definitions, DEFINITIONS), values(c, year));
      if (!stored.contentHash().equals(hash)) {
        throw new IllegalStateException("The stored indicator values of " + year + " hash to " + stored.contentHash() + ", not " + hash);
      }
      copies.put(year, stored);
      return stored;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the indicator values of " + year, e);
    }
  }

  /**
   * Stores {@code next}, what the event {@code eventId} made of {@code held}: only the rows that
   * differ between the two are written (all of them for a year's first snapshot), each with the
   * JSON {@code next} already holds for it.
   */
  public void store(IndicatorYear held, IndicatorYear next, UUID eventId) {
    int year = next.collectionYear();
    IndicatorYear.Difference diff = held.differenceTo(next);
    try (Connection c = dataSource.getConnection()) {
      if (!diff.removed().isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement("delete from indicator_year_value where collection_year = ? and indicator_id = ? and area_code = ?")) {
          for (ValueKey k : diff.removed()) {
            ps.setInt(1, year);
            ps.setString(2, k.indicatorId());
            ps.setString(3, k.areaCode());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      try (PreparedStatement ps = c.prepareStatement("insert into indicator_year_value (collection_year, indicator_id, area_code, value) values (?, ?, ?, ?)"
          + " on conflict (collection_year, indicator_id, area_code) do update set value = excluded.value")) {
        for (IndicatorValue v : diff.changed()) {
          ps.setInt(1, year);
          ps.setString(2, v.indicatorId());
          ps.setString(3, v.areaCode());
          ps.setString(4, next.jsonOf(ValueKey.of(v)));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("update indicator_year set content_hash = ?, definitions = ?, event_id = ?, updated_at = now() where collection_year = ?")) {
        ps.setString(1, next.contentHash());
        ps.setString(2, EventJson.write(next.definitions()));
        ps.setObject(3, eventId);
        ps.setInt(4, year);
        ps.executeUpdate();
      }
      copies.put(year, next); // trusted only while the stored hash is next's: a rollback leaves the old one
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the indicator values of " + year, e);
    }
  }

  private static List<IndicatorValue> values(Connection c, int year) throws SQLException {
    List<IndicatorValue> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select value from indicator_year_value where collection_year = ?")) {
      ps.setInt(1, year);
      ps.setFetchSize(2000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(EventJson.read(rs.getString(1), IndicatorValue.class));
        }
      }
    }
    return out;
  }
}
