package uk.gov.safeguarding.ingestion.referencedata;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Population uploads and their per-LA versioned values (plain JDBC in the caller's transaction). */
@ApplicationScoped
public class PopulationRepository {
  @Inject AgroalDataSource dataSource;

  public record Latest(int version, long population) {}

  /** Serialises uploads for one collection year until the transaction ends. */
  public void lock(int collectionYear) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
      ps.setString(1, "population:" + collectionYear);
      ps.executeQuery().close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Map<String, Latest> latest(int collectionYear) {
    Map<String, Latest> out = new HashMap<>();
    String sql =
        "select distinct on (la_code) la_code, version, population_0_to_17 from population_value where collection_year = ? order by la_code, version desc";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, collectionYear);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new Latest(rs.getInt(2), rs.getLong(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  public void insertUpload(UUID id, int collectionYear, String source, String hash, String by) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("insert into population_upload (id, collection_year, source, content_hash, uploaded_by) values (?, ?, ?, ?, ?)")) {
      ps.setObject(1, id);
      ps.setInt(2, collectionYear);
      ps.setString(3, source);
      ps.setString(4, hash);
      ps.setString(5, by);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void insertValue(UUID uploadId, String laCode, int collectionYear, int version, long population) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into population_value (upload_id, la_code, collection_year, version, population_0_to_17) values (?, ?, ?, ?, ?)")) {
      ps.setObject(1, uploadId);
      ps.setString(2, laCode);
      ps.setInt(3, collectionYear);
      ps.setInt(4, version);
      ps.setLong(5, population);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public record Row(String laCode, int collectionYear, int version, long population, String source, UUID uploadId, Instant uploadedAt) {}

  /** Latest value per LA and year; null arguments match everything. */
  public List<Row> list(Integer collectionYear, String laCode) {
    String sql =
        "select distinct on (v.la_code, v.collection_year) v.la_code, v.collection_year, v.version, v.population_0_to_17, u.source, u.id, u.uploaded_at"
            + " from population_value v join population_upload u on u.id = v.upload_id"
            + " where (cast(? as int) is null or v.collection_year = ?) and (cast(? as text) is null or v.la_code = ?)"
            + " order by v.la_code, v.collection_year, v.version desc";
    List<Row> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, collectionYear, java.sql.Types.INTEGER);
      ps.setObject(2, collectionYear, java.sql.Types.INTEGER);
      ps.setString(3, laCode);
      ps.setString(4, laCode);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp at = rs.getTimestamp(7);
          rows.add(new Row(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getString(5), (UUID) rs.getObject(6), at.toInstant()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }
}
