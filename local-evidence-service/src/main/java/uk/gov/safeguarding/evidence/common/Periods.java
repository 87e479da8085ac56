package uk.gov.safeguarding.evidence.common;

import java.util.regex.Pattern;
import uk.gov.safeguarding.platform.problem.ProblemException;

/** Reporting periods are financial years written as "2025-26" (1 April 2025 to 31 March 2026). */
public final class Periods {
  public static final String PATTERN = "^(19|20)\\d{2}-\\d{2}$";
  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private Periods() {}

  public static boolean isValid(String period) {
    if (period == null || !COMPILED.matcher(period).matches()) {
      return false;
    }
    int start = Integer.parseInt(period.substring(0, 4));
    int end = Integer.parseInt(period.substring(5, 7));
    return (start + 1) % 100 == end;
  }

  public static void require(String path, String period) {
    if (!isValid(period)) {
      throw ProblemException.validation(path, "Period", "A period is a financial year such as 2025-26");
    }
  }
}
