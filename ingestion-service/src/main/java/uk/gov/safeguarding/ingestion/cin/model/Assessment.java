package uk.gov.safeguarding.ingestion.cin.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code Assessments} module.
 *
 * @param actualStartDate {@code AssessmentActualStartDate}
 * @param internalReviewDate {@code AssessmentInternalReviewDate}
 * @param authorisationDate {@code AssessmentAuthorisationDate}: the assessment's completion
 * @param factors {@code FactorsIdentifiedAtAssessment/AssessmentFactors}, in document order
 */
public record Assessment(LocalDate actualStartDate, LocalDate internalReviewDate, LocalDate authorisationDate, List<String> factors) {
  public Assessment {
    factors = factors == null ? List.of() : List.copyOf(factors);
  }
}
