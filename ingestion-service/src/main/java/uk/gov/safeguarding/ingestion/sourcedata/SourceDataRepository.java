package uk.gov.safeguarding.ingestion.sourcedata;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Source-data uploads and their values (plain JDBC in the caller's transaction). */
@ApplicationScoped
public class SourceDataRepository {
  private static final String UPLOAD_COLUMNS =
      "u.id, u.dataset, u.period, u.collection_year, u.version, u.content_hash, u.source, u.release, u.licence, u.url, u.uploaded_by, u.uploaded_at, u.areas, u.changed";

  @Inject AgroalDataSource dataSource;

  /** One stored version of a dataset and period. */
  public record Upload(
      UUID id, String dataset, String period, int collectionYear, int version, String contentHash, Provenance provenance,
      String uploadedBy, Instant uploadedAt, int areas, int changed) {}

  /** One area's value in a version. */
  public record StoredValue(String laCode, int areaVersion, long numerator, Long denominator) {}

  /** An area's latest value within a dataset and period, with the upload that set it. */
  public record AreaLatest(String period, int collectionYear, StoredValue value, Upload upload) {}

  /** Serialises uploads of one dataset and period until the transaction ends. */
  public void lock(String dataset, String period) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
      ps.setString(1, "source-data:" + dataset + ":" + period);
      ps.executeQuery().close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<Upload> latestUpload(String dataset, String period) {
    List<Upload> u = uploads("where u.dataset = ? and u.period = ? order by u.version desc limit 1", dataset, period);
    return u.stream().findFirst();
  }

  public Optional<Upload> upload(String dataset, String period, int version) {
    return uploads("where u.dataset = ? and u.period = ? and u.version = ?", dataset, period, version).stream().findFirst();
  }

  /** Every stored version, by dataset, period and version. */
  public List<Upload> allUploads() {
    return uploads("order by u.dataset, u.period, u.version");
  }

  /** Each area's latest value within the dataset and period, across all its versions. */
  public Map<String, StoredValue> latestPerArea(String dataset, String period) {
    String sql = "select distinct on (la_code) la_code, area_version, numerator, denominator from source_data_value"
        + " where dataset = ? and period = ? order by la_code, area_version desc";
    Map<String, StoredValue> out = new HashMap<>();
    for (StoredValue v : query(sql, rs -> value(rs, 1), dataset, period)) {
      out.put(v.laCode(), v);
    }
    return out;
  }

  /** Latest value per area and period of a dataset; null arguments match everything. */
  public List<AreaLatest> latestPerAreaAndPeriod(String dataset, String period, String laCode) {
    String sql = "select distinct on (v.la_code, v.period) v.la_code, v.area_version, v.numerator, v.denominator, " + UPLOAD_COLUMNS
        + " from source_data_value v join source_data_upload u on u.id = v.upload_id"
        + " where v.dataset = ? and (cast(? as text) is null or v.period = ?) and (cast(? as text) is null or v.la_code = ?)"
        + " order by v.la_code, v.period, v.area_version desc, u.version asc";
    return query(sql, rs -> {
      Upload u = upload(rs, 5);
      return new AreaLatest(u.period(), u.collectionYear(), value(rs, 1), u);
    }, dataset, period, period, laCode, laCode);
  }

  public List<StoredValue> values(UUID uploadId) {
    return query("select la_code, area_version, numerator, denominator from source_data_value where upload_id = ? order by la_code", rs -> value(rs, 1), uploadId);
  }

  public void insert(Upload u, List<StoredValue> values) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement(
          "insert into source_data_upload (id, dataset, period, collection_year, version, content_hash, source, release, licence, url, uploaded_by, areas, changed)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setObject(1, u.id());
        ps.setString(2, u.dataset());
        ps.setString(3, u.period());
        ps.setInt(4, u.collectionYear());
        ps.setInt(5, u.version());
        ps.setString(6, u.contentHash());
        ps.setString(7, u.provenance().source());
        ps.setString(8, u.provenance().release());
        ps.setString(9, u.provenance().licence());
        ps.setString(10, u.provenance().url());
        ps.setString(11, u.uploadedBy());
        ps.setInt(12, u.areas());
        ps.setInt(13, u.changed());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "insert into source_data_value (upload_id, dataset, period, la_code, area_version, numerator, denominator) values (?, ?, ?, ?, ?, ?, ?)")) {
        for (StoredValue v : values) {
          ps.setObject(1, u.id());
          ps.setString(2, u.dataset());
          ps.setString(3, u.period());
          ps.setString(4, v.laCode());
          ps.setInt(5, v.areaVersion());
          ps.setLong(6, v.numerator());
          ps.setObject(7, v.denominator(), Types.BIGINT);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Upload> uploads(String where, Object... params) {
    return query("select " + UPLOAD_COLUMNS + " from source_data_upload u " + where, rs -> upload(rs, 1), params);
  }

  /** Reads one result row. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Runs a query with positional parameters (a null is a NULL text) and reads every row. */
  private <T> List<T> query(String sql, RowReader<T> reader, Object... params) {
    List<T> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        if (params[i] == null) {
          ps.setNull(i + 1, Types.VARCHAR);
        } else {
          ps.setObject(i + 1, params[i]);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static StoredValue value(ResultSet rs, int from) throws SQLException {
    long denominator = rs.getLong(from + 3);
    // wasNull speaks of the column read last, so it is asked right after the denominator
    Long nullableDenominator = rs.wasNull() ? null : denominator;
    return new StoredValue(rs.getString(from), rs.getInt(from + 1), rs.getLong(from + 2), nullableDenominator);
  }

  private static Upload upload(ResultSet rs, int from) throws SQLException {
    return new Upload((UUID) rs.getObject(from), rs.getString(from + 1), rs.getString(from + 2), rs.getInt(from + 3), rs.getInt(from + 4),
        rs.getString(from + 5), new Provenance(rs.getString(from + 6), rs.getString(from + 7), rs.getString(from + 8), rs.getString(from + 9)),
        rs.getString(from + 10), rs.getTimestamp(from + 11).toInstant(), rs.getInt(from + 12), rs.getInt(from + 13));
  }
}
