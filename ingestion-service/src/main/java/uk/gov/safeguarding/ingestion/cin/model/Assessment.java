package uk.gov.safeguarding.ingestion.cin.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code Assessments} module.
 *
 * @param actualStartDate {@code AssessmentActualStartDate}
 * @param internalReviewDate {@code AssessmentInternalReviewDate}
 * @param authorisationDate {@code AssessmentAuthorisationDate}: the assessment's completion
 * @param factors {@code FactorsIdentifiedAtAssessment/AssessmentFactors}, in document order; an
 *     empty {@code AssessmentFactors} element is kept as null (it is no factor: rule 8897Q)
 */
public record Assessment(LocalDate actualStartDate, LocalDate internalReviewDate, LocalDate authorisationDate, List<String> factors) {
  public Assessment {
    factors = factors == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(factors));
  }

  /** The factors recorded, without empty elements. */
  public List<String> recordedFactors() {
    return factors.stream().filter(java.util.Objects::nonNull).toList();
  }
}
