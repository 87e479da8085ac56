package uk.gov.safeguarding.ingestion.measures;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.gov.safeguarding.ingestion.storage.CopyBatch;

/**
 * The child-level history behind re-referrals and repeat plans: salted child keys with referral
 * dates and plan periods, per LA and collection year. Read with JDBC and written with {@code COPY}
 * inside the caller's transaction; it never leaves ingestion-service.
 */
@ApplicationScoped
public class MeasureHistoryRepository {
  private static final int BATCH = 5000;

  @Inject AgroalDataSource dataSource;

  /**
   * History from the LA's returns for earlier collection years: referrals on or after {@code
   * referralsFrom}, and every plan.
   */
  public MeasureAccumulator.History load(String laOldCode, int beforeYear, LocalDate referralsFrom) {
    Map<String, List<LocalDate>> referrals =
        referrals("la_code = ? and collection_year < ? and referral_date >= ?", laOldCode, beforeYear, Date.valueOf(referralsFrom));
    Map<String, List<MeasureAccumulator.History.Plan>> plans = new HashMap<>();
    plans("la_code = ? and collection_year < ?", laOldCode, beforeYear)
        .forEach((key, facts) -> plans.put(key, facts.stream().map(f -> new MeasureAccumulator.History.Plan(f.start(), f.end())).toList()));
    return new MeasureAccumulator.History() {
      @Override
      public List<LocalDate> referralDates(String childKey) {
        return referrals.getOrDefault(childKey, List.of());
      }

      @Override
      public List<Plan> plans(String childKey) {
        return plans.getOrDefault(childKey, List.of());
      }
    };
  }

  /**
   * The children's timelines as stored for one LA and collection year (what {@link #replace}
   * wrote from its latest accepted return), in child key order.
   */
  public List<MeasureAccumulator.ChildTimeline> timelines(String laOldCode, int collectionYear) {
    Map<String, List<LocalDate>> referrals = referrals("la_code = ? and collection_year = ?", laOldCode, collectionYear);
    Map<String, List<MeasureAccumulator.PlanFact>> plans = plans("la_code = ? and collection_year = ?", laOldCode, collectionYear);
    Set<String> keys = new TreeSet<>(referrals.keySet());
    keys.addAll(plans.keySet());
    return keys.stream()
        .map(k -> new MeasureAccumulator.ChildTimeline(k, referrals.getOrDefault(k, List.of()), plans.getOrDefault(k, List.of())))
        .toList();
  }

  /** Referral dates by child key, of the rows matching {@code where}. */
  private Map<String, List<LocalDate>> referrals(String where, Object... params) {
    Map<String, List<LocalDate>> byChild = new HashMap<>();
    query("select child_key, referral_date from measures_child_referral where " + where, params,
        rs -> byChild.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getDate(2).toLocalDate()));
    return byChild;
  }

  /** Plans by child key, of the rows matching {@code where}. */
  private Map<String, List<MeasureAccumulator.PlanFact>> plans(String where, Object... params) {
    Map<String, List<MeasureAccumulator.PlanFact>> byChild = new HashMap<>();
    query("select child_key, start_date, end_date, previous_cpp from measures_child_plan where " + where, params, rs -> {
      Date end = rs.getDate(3);
      int previous = rs.getInt(4);
      Integer previousCpp = rs.wasNull() ? null : previous;
      byChild.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
          .add(new MeasureAccumulator.PlanFact(rs.getDate(2).toLocalDate(), end == null ? null : end.toLocalDate(), previousCpp));
    });
    return byChild;
  }

  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private void query(String sql, Object[] params, RowReader eachRow) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          eachRow.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read measure history", e);
    }
  }

  /**
   * Serialises the derivation of an LA's CIN measures until the caller's transaction ends, so a
   * return of one year and another of a later year cannot each miss the other's history.
   */
  public void lockLa(String laOldCode) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
      ps.setString(1, "cin_measures:" + laOldCode);
      ps.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot lock the LA's measure history", e);
    }
  }

  /** Replaces the history rows of one LA and collection year with those of the accepted return. */
  public void replace(String laOldCode, int collectionYear, List<MeasureAccumulator.ChildTimeline> timelines) {
    try (Connection c = dataSource.getConnection()) {
      for (String table : List.of("measures_child_referral", "measures_child_plan")) {
        try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where la_code = ? and collection_year = ?")) {
          ps.setString(1, laOldCode);
          ps.setInt(2, collectionYear);
          ps.executeUpdate();
        }
      }
      CopyBatch refs = CopyBatch.into(c, "measures_child_referral", List.of("la_code", "collection_year", "child_key", "referral_date"), BATCH);
      CopyBatch plans = CopyBatch.into(c, "measures_child_plan", List.of("la_code", "collection_year", "child_key", "start_date", "end_date", "previous_cpp"), BATCH);
      // the primary keys: one row per child and referral date, and per child and plan start (the first wins)
      Set<String> seen = new HashSet<>();
      for (MeasureAccumulator.ChildTimeline t : timelines) {
        for (LocalDate d : t.referralDates()) {
          if (seen.add("r " + t.key() + " " + d)) {
            refs.row(laOldCode, collectionYear, t.key(), d);
          }
        }
        for (MeasureAccumulator.PlanFact p : t.plans()) {
          if (seen.add("p " + t.key() + " " + p.start())) {
            plans.row(laOldCode, collectionYear, t.key(), p.start(), p.end(), p.numberOfPreviousCpp());
          }
        }
      }
      refs.flush();
      plans.flush();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store measure history", e);
    }
  }
}
