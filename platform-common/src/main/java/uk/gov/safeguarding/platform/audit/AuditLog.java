package uk.gov.safeguarding.platform.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The append-only audit log of submissions, publications, withdrawals and evidence changes. A
 * service calls {@link #record} inside the {@code @Transactional} method that makes the change, so
 * the audit row is committed with the change or not at all. The table refuses UPDATE, DELETE and
 * TRUNCATE (triggers of migration {@code db/common/V0_2__audit_log.sql}); admins read it through
 * {@code GET /v1/audit} on every service.
 */
@ApplicationScoped
public class AuditLog {
  static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  static final Pattern SUBJECT_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  static final int MAX_TEXT = 200;
  static final int MAX_DETAIL = 2000;
  /** A UPN shape (letter, 11 digits, digit or letter): child-level data must never be audited. */
  private static final Pattern UPN_LIKE = Pattern.compile("(?<![A-Za-z0-9])[A-Z][0-9]{11}[0-9A-Z](?![A-Za-z0-9])");

  @Inject AgroalDataSource dataSource;

  /**
   * Appends an audit record in the caller's transaction.
   *
   * @param actor who did it ({@code Caller.name()}, or {@link AuditActions#SYSTEM_ACTOR})
   * @param action what, e.g. {@link AuditActions#DATA_SET_PUBLISHED}
   * @param subjectType the kind of subject, lower-kebab-case, e.g. {@code data-set-version}
   * @param subjectId its id, e.g. {@code safeguarding-indicators/1.2.0}
   * @param detail optional short context; aggregates and ids only, never child-level data
   * @return the id of the new record
   * @throws IllegalArgumentException when an argument breaks the rules above
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long record(String actor, String action, String subjectType, String subjectId, String detail) {
    check(actor, action, subjectType, subjectId, detail);
    String sql =
        "insert into audit_event (actor, action, subject_type, subject_id, detail) values (?, ?, ?, ?, ?) returning id";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, actor);
      ps.setString(2, action);
      ps.setString(3, subjectType);
      ps.setString(4, subjectId);
      ps.setString(5, detail);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the audit log", e);
    }
  }

  /** A page of records, newest first, optionally filtered by action, subject type and subject id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AuditPage page(int page, int pageSize, String action, String subjectType, String subjectId) {
    StringBuilder where = new StringBuilder(" where true");
    List<String> args = new ArrayList<>();
    if (action != null) {
      where.append(" and action = ?");
      args.add(action);
    }
    if (subjectType != null) {
      where.append(" and subject_type = ?");
      args.add(subjectType);
    }
    if (subjectId != null) {
      where.append(" and subject_id = ?");
      args.add(subjectId);
    }
    try (Connection c = dataSource.getConnection()) {
      long total;
      try (PreparedStatement ps = c.prepareStatement("select count(*) from audit_event" + where)) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<AuditEntry> items = new ArrayList<>();
      String sql =
          "select id, occurred_at, actor, action, subject_type, subject_id, detail from audit_event"
              + where
              + " order by id desc limit ? offset ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = bind(ps, args);
        ps.setInt(i++, pageSize);
        ps.setLong(i, (long) page * pageSize);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            items.add(
                new AuditEntry(
                    rs.getLong(1),
                    rs.getObject(2, OffsetDateTime.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)));
          }
        }
      }
      return new AuditPage(page, pageSize, total, items);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit log", e);
    }
  }

  static void check(String actor, String action, String subjectType, String subjectId, String detail) {
    require(actor != null && !actor.isBlank() && actor.length() <= MAX_TEXT, "actor must be 1-200 characters");
    require(action != null && ACTION.matcher(action).matches(), "action must be UPPER_SNAKE_CASE, e.g. DATA_SET_PUBLISHED");
    require(subjectType != null && SUBJECT_TYPE.matcher(subjectType).matches(), "subjectType must be lower-kebab-case, e.g. cin-return");
    require(subjectId != null && !subjectId.isBlank() && subjectId.length() <= MAX_TEXT, "subjectId must be 1-200 characters");
    require(detail == null || detail.length() <= MAX_DETAIL, "detail must be at most 2000 characters");
    for (String text : new String[] {actor, subjectId, detail}) {
      require(text == null || !UPN_LIKE.matcher(text).find(), "audit records must not carry child-level data (a UPN-shaped value was given)");
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private static int bind(PreparedStatement ps, List<String> args) throws SQLException {
    int i = 1;
    for (String arg : args) {
      ps.setString(i++, arg);
    }
    return i;
  }
}
