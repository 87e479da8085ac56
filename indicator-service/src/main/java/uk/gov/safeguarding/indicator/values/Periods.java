package uk.gov.safeguarding.indicator.values;

import java.util.List;
import java.util.regex.Pattern;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.reference.period.CollectionYear;

/** Parses a period given as "2024-25" or as the collection year "2025". */
public final class Periods {
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
    return CollectionYear.parse(p)
        .map(CollectionYear::endYear)
        .orElseThrow(() -> ProblemException.validation("period", "PeriodFormat", "period must look like 2024-25 or 2025"));
  }
}
