package uk.gov.safeguarding.evidence.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QuestionVersionRepository implements PanacheRepositoryBase<QuestionVersion, QuestionVersion.Key> {
  public Optional<QuestionVersion> find(String questionId, int version) {
    return findByIdOptional(new QuestionVersion.Key(questionId, version));
  }

  public List<QuestionVersion> history(String questionId) {
    return list("questionId", Sort.by("version"), questionId);
  }
}
