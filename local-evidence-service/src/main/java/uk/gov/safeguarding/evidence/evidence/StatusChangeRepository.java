package uk.gov.safeguarding.evidence.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChange, Long> {
  public List<StatusChange> history(UUID evidenceId) {
    return list("evidenceId", Sort.by("id"), evidenceId);
  }
}
