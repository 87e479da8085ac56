package uk.gov.safeguarding.statistics;

/**
 * Wilson score intervals for proportions, as in PHEindicatormethods {@code wilson_lower} /
 * {@code wilson_upper} (Wilson 1927; Newcombe 1998). Works for non-integer counts (e.g. FTE).
 */
public final class Proportions {
  private Proportions() {}

  /**
   * @param x observed events, 0 <= x <= n
   * @param n sample size, > 0
   * @return the interval for the proportion x/n (on the 0..1 scale)
   */
  public static Interval wilson(double x, double n, double confidence) {
    if (x < 0) {
      throw new IllegalArgumentException("observed events must all be greater than or equal to zero");
    }
    if (n <= 0) {
      throw new IllegalArgumentException("sample sizes must all be greater than zero");
    }
    if (x > n) {
      throw new IllegalArgumentException("numerators must be less than or equal to denominator for a Wilson score to be calculated");
    }
    double c = Confidence.level(confidence);
    if (c == 1) {
      return new Interval(0, 1);
    }
    double z = Confidence.z(c);
    double p = x / n;
    double q = 1 - p;
    double centre = 2 * x + z * z;
    double spread = z * Math.sqrt(z * z + 4 * x * q);
    double denominator = 2 * (n + z * z);
    return new Interval((centre - spread) / denominator, (centre + spread) / denominator);
  }
}
