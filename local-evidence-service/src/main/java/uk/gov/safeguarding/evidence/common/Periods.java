package uk.gov.safeguarding.evidence.common;

import java.util.regex.Pattern;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.reference.period.CollectionYear;

/** Reporting periods are financial years written as "2025-26" (1 April 2025 to 31 March 2026). */
public final class Periods {
  public static final String PATTERN = "^(19|20)\\d{2}-\\d{2}$";
  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private Periods() {}

  /**
   * A financial year's label ({@link CollectionYear#parse}) whose start year is 19xx or 20xx, the
   * range {@link #PATTERN} (the API's documented shape) allows.
   */
  public static boolean isValid(String period) {
    return period != null && COMPILED.matcher(period).matches() && CollectionYear.parse(period).isPresent();
  }

  public static void require(String path, String period) {
    if (!isValid(period)) {
      throw ProblemException.validation(path, "Period", "A period is a financial year such as 2025-26");
    }
  }
}
