package uk.gov.safeguarding.statistics;

/**
 * Fingertips' "confidence intervals overlapping reference value" comparison: the benchmark value
 * is tested against the area's confidence interval. Inside (limits inclusive) the area is
 * SIMILAR; if the whole interval lies above the benchmark the area is HIGHER, which is BETTER when
 * high is good and WORSE when low is good; and the mirror image below.
 */
public final class Comparison {
  private Comparison() {}

  public static Outcome compare(Interval areaInterval, Double benchmark, Polarity polarity) {
    if (areaInterval == null || benchmark == null || benchmark.isNaN()) {
      return Outcome.NOT_COMPARED;
    }
    if (areaInterval.contains(benchmark)) {
      return Outcome.SIMILAR;
    }
    boolean higher = areaInterval.lower() > benchmark;
    return switch (polarity) {
      case HIGH_IS_GOOD -> higher ? Outcome.BETTER : Outcome.WORSE;
      case LOW_IS_GOOD -> higher ? Outcome.WORSE : Outcome.BETTER;
      case NO_JUDGEMENT -> higher ? Outcome.HIGHER : Outcome.LOWER;
    };
  }
}
