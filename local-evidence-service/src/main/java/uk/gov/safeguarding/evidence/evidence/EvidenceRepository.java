package uk.gov.safeguarding.evidence.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceItem, UUID> {

  public Optional<EvidenceItem> findOfLa(String laCode, UUID id) {
    return find("id = :id and laCode = :la", Parameters.with("id", id).and("la", laCode)).firstResultOptional();
  }

  public Optional<EvidenceItem> findOfLaForUpdate(String laCode, UUID id) {
    return find("id = :id and laCode = :la", Parameters.with("id", id).and("la", laCode))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  /** An LA's items, optionally filtered; sharing rules are applied by the caller. */
  public List<EvidenceItem> listOfLa(String laCode, String questionId, String period, EvidenceStatus status) {
    StringBuilder q = new StringBuilder("laCode = :la");
    Parameters p = Parameters.with("la", laCode);
    if (questionId != null) {
      q.append(" and questionId = :q");
      p = p.and("q", questionId);
    }
    if (period != null) {
      q.append(" and period = :p");
      p = p.and("p", period);
    }
    if (status != null) {
      q.append(" and status = :s");
      p = p.and("s", status);
    }
    return list(q.toString(), Sort.by("period").descending().and("questionId").and("createdAt"), p);
  }
}
