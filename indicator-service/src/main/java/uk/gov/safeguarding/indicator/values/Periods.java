package uk.gov.safeguarding.indicator.values;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.platform.problem.ProblemException;

/** Parses a period given as "2024-25" or as the collection year "2025". */
public final class Periods {
  private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private Periods() {}

  /** The collection year of the period, or the latest of the available years when absent. */
  public static int resolve(String period, List<Integer> available) {
    if (period == null || period.isBlank()) {
      if (available.isEmpty()) {
        throw ProblemException.notFound("No indicator values have been computed yet");
      }
      return available.get(available.size() - 1);
    }
    String p = period.trim();
    if (YEAR.matcher(p).matches()) {
      return Integer.parseInt(p);
    }
    Matcher m = LABEL.matcher(p);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1)) + 1;
      if (YearCalculator.periodLabel(year).equals(p)) {
        return year;
      }
    }
    throw ProblemException.validation("period", "PeriodFormat", "period must look like 2024-25 or 2025");
  }
}
