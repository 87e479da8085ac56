package uk.gov.safeguarding.publication.dataset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DataSetRepository implements PanacheRepositoryBase<DataSet, String> {
  public List<DataSet> ofPublication(String publicationId) {
    return list("publicationId = ?1 order by id", publicationId);
  }

  /** Locks the data set row: serialises draft creation and publishing per data set. */
  public Optional<DataSet> lock(String id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }
}
