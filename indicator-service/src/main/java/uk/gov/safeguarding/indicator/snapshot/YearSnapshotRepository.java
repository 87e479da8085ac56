package uk.gov.safeguarding.indicator.snapshot;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class YearSnapshotRepository implements PanacheRepositoryBase<YearSnapshot, Integer> {
  /**
   * Takes the year's transaction-scoped advisory lock if no other transaction (of this or another
   * replica) holds it: one recompute of a year at a time across every instance of the service.
   */
  public boolean tryLockYear(int year) {
    Object locked = getEntityManager()
        .createNativeQuery("select pg_try_advisory_xact_lock(hashtext('indicators.year-snapshot'), ?1)")
        .setParameter(1, year)
        .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }

  /** The content hash of the year's last event, and when its last whole-year event was written (null before any). */
  public record Stamp(String contentHash, Instant snapshotEventAt) {}

  public Optional<Stamp> eventStampOf(int year) {
    List<?> rows = getEntityManager()
        .createNativeQuery("select content_hash, snapshot_event_at from year_snapshot where collection_year = ?1")
        .setParameter(1, year)
        .getResultList();
    return rows.stream().findFirst().map(r -> {
      Object[] row = (Object[]) r;
      return new Stamp((String) row[0], row[1] == null ? null : toInstant(row[1]));
    });
  }

  /** Years whose last snapshot event was written before {@code before}, or never. */
  @SuppressWarnings("unchecked")
  public List<Integer> yearsWithSnapshotBefore(Instant before) {
    return ((List<Number>) getEntityManager()
        .createNativeQuery("select collection_year from year_snapshot where snapshot_event_at is null or snapshot_event_at < ?1 order by collection_year")
        .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
        .getResultList()).stream().map(Number::intValue).toList();
  }

  private static Instant toInstant(Object timestamp) {
    if (timestamp instanceof Instant i) {
      return i;
    }
    if (timestamp instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (timestamp instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + timestamp.getClass());
  }

  /**
   * What identifies the stored result: its content hash and when it was computed (a recompute can
   * change the models and expected values without changing the published values' hash).
   */
  public Optional<String> stampOf(int year) {
    return getEntityManager()
        .createQuery("select s.contentHash, s.computedAt from YearSnapshot s where s.collectionYear = :y", Object[].class)
        .setParameter("y", year)
        .getResultStream()
        .findFirst()
        .map(r -> r[0] + "@" + r[1]);
  }

  public List<Integer> years() {
    return getEntityManager()
        .createQuery("select s.collectionYear from YearSnapshot s order by s.collectionYear", Integer.class)
        .getResultList();
  }
}
