package uk.gov.safeguarding.evidence.sharing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {
  public List<Comment> ofEvidence(UUID evidenceId) {
    return list("evidenceId", Sort.by("createdAt").and("id"), evidenceId);
  }
}
