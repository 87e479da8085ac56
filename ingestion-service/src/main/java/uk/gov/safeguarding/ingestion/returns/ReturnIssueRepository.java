package uk.gov.safeguarding.ingestion.returns;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Findings of return versions. */
@ApplicationScoped
public class ReturnIssueRepository implements PanacheRepositoryBase<ReturnIssue, ReturnIssue.Key> {
  public List<ReturnIssue> ofReturn(UUID returnId) {
    return list("returnId = ?1 order by seq", returnId);
  }
}
