package uk.gov.safeguarding.evidence.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.evidence.common.Theme;

@ApplicationScoped
public class SelfAssessmentRepository implements PanacheRepositoryBase<SelfAssessment, UUID> {
  /** An LA's self-assessments, oldest first (the order the history is read in). */
  public List<SelfAssessment> history(String laCode, Theme theme) {
    return theme == null
        ? list("laCode", Sort.by("createdAt").and("id"), laCode)
        : list("laCode = :la and theme = :t", Sort.by("createdAt").and("id"), Parameters.with("la", laCode).and("t", theme));
  }
}
