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
import java.util.TreeMap;
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
    Map<String, List<LocalDate>> referrals = new HashMap<>();
    Map<String, List<MeasureAccumulator.History.Plan>> plans = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "select child_key, referral_date from measures_child_referral where la_code = ? and collection_year < ? and referral_date >= ?")) {
        ps.setString(1, laOldCode);
        ps.setInt(2, beforeYear);
        ps.setDate(3, Date.valueOf(referralsFrom));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            referrals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getDate(2).toLocalDate());
          }
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("select child_key, start_date, end_date from measures_child_plan where la_code = ? and collection_year < ?")) {
        ps.setString(1, laOldCode);
        ps.setInt(2, beforeYear);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Date end = rs.getDate(3);
            plans.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new MeasureAccumulator.History.Plan(rs.getDate(2).toLocalDate(), end == null ? null : end.toLocalDate()));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read measure history", e);
    }
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
    Map<String, List<LocalDate>> referrals = new TreeMap<>();
    Map<String, List<MeasureAccumulator.PlanFact>> plans = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement("select child_key, referral_date from measures_child_referral where la_code = ? and collection_year = ? order by child_key, referral_date")) {
        ps.setString(1, laOldCode);
        ps.setInt(2, collectionYear);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            referrals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getDate(2).toLocalDate());
          }
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "select child_key, start_date, end_date, previous_cpp from measures_child_plan where la_code = ? and collection_year = ? order by child_key, start_date")) {
        ps.setString(1, laOldCode);
        ps.setInt(2, collectionYear);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Date end = rs.getDate(3);
            int previous = rs.getInt(4);
            plans.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new MeasureAccumulator.PlanFact(rs.getDate(2).toLocalDate(), end == null ? null : end.toLocalDate(), rs.wasNull() ? null : previous));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read measure history", e);
    }
    Set<String> keys = new TreeSet<>(referrals.keySet());
    keys.addAll(plans.keySet());
    return keys.stream()
        .map(k -> new MeasureAccumulator.ChildTimeline(k, referrals.getOrDefault(k, List.of()), plans.getOrDefault(k, List.of())))
        .toList();
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
