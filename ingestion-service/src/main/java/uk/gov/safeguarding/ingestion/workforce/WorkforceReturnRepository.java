package uk.gov.safeguarding.ingestion.workforce;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WorkforceReturnRepository implements PanacheRepositoryBase<WorkforceReturn, UUID> {
  public Optional<WorkforceReturn> latest(String laCode, int collectionYear) {
    return find("laCode = ?1 and collectionYear = ?2 order by version desc", laCode, collectionYear).firstResultOptional();
  }

  /** Versions, newest first; null arguments match everything. */
  public List<WorkforceReturn> list(String laCode, Integer collectionYear) {
    StringBuilder q = new StringBuilder("1 = 1");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    if (laCode != null) {
      q.append(" and laCode = :la");
      params.put("la", laCode);
    }
    if (collectionYear != null) {
      q.append(" and collectionYear = :year");
      params.put("year", collectionYear);
    }
    return find(q + " order by laCode, collectionYear, version desc", params).list();
  }

  /** Serialises concurrent submissions for one LA and year until the transaction ends. */
  public void lock(String laCode, int collectionYear) {
    getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "workforce:" + laCode + ":" + collectionYear)
        .getSingleResult();
  }
}
