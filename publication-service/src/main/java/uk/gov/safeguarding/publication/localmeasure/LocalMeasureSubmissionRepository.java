package uk.gov.safeguarding.publication.localmeasure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LocalMeasureSubmissionRepository implements PanacheRepositoryBase<LocalMeasureSubmission, LocalMeasureSubmission.Key> {
  public Optional<LocalMeasureSubmission> find(String laCode, String period) {
    return findByIdOptional(new LocalMeasureSubmission.Key(laCode, period));
  }

  public List<LocalMeasureSubmission> all() {
    return list("order by id.laCode, id.period");
  }
}
