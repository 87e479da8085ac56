package uk.gov.safeguarding.ingestion.returns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Completed return versions (rows still RECEIVING are invisible: they belong to an open transaction). */
@ApplicationScoped
public class ReturnRepository implements PanacheRepositoryBase<CinReturn, UUID> {

  public Optional<CinReturn> completed(UUID id) {
    return find("id = ?1 and status <> ?2", id, ReturnStatus.RECEIVING).firstResultOptional();
  }

  public Optional<CinReturn> byContent(String laCode, int collectionYear, String contentHash) {
    return find("laCode = ?1 and collectionYear = ?2 and contentHash = ?3 and status <> ?4", laCode, collectionYear, contentHash, ReturnStatus.RECEIVING)
        .firstResultOptional();
  }

  /** The completed version of this LA with exactly this content (the hash covers the header, hence the year). */
  public Optional<CinReturn> byContent(String laCode, String contentHash) {
    return find("laCode = ?1 and contentHash = ?2 and status <> ?3", laCode, contentHash, ReturnStatus.RECEIVING).firstResultOptional();
  }

  public Optional<CinReturn> byIdempotencyKey(String laCode, String key) {
    return find("laCode = ?1 and idempotencyKey = ?2 and status <> ?3", laCode, key, ReturnStatus.RECEIVING).firstResultOptional();
  }

  /** Versions, newest first per LA and year; null filters match everything. */
  public List<CinReturn> search(Integer collectionYear, String laCode) {
    StringBuilder q = new StringBuilder("status <> :receiving");
    Parameters p = Parameters.with("receiving", ReturnStatus.RECEIVING);
    if (collectionYear != null) {
      q.append(" and collectionYear = :year");
      p = p.and("year", collectionYear);
    }
    if (laCode != null) {
      q.append(" and laCode = :la");
      p = p.and("la", laCode);
    }
    return find(q.toString(), Sort.by("collectionYear").and("laCode").and("version", Sort.Direction.Descending), p).list();
  }
}
