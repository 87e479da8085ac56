package uk.gov.safeguarding.evidence.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, String> {
  public List<Question> listOrdered(boolean includeRetired) {
    return includeRetired
        ? listAll(Sort.by("position"))
        : list("status", Sort.by("position"), Question.Status.ACTIVE);
  }

  public Optional<Question> findForUpdate(String id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  public int nextPosition() {
    Integer max = getEntityManager().createQuery("select max(q.position) from Question q", Integer.class).getSingleResult();
    return max == null ? 1 : max + 1;
  }
}
