package uk.gov.safeguarding.statistics;

/** A two-sided confidence interval; {@code lower <= upper}. */
public record Interval(double lower, double upper) {
  public Interval {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException("Not an interval: [" + lower + ", " + upper + "]");
    }
  }

  public boolean contains(double x) {
    return x >= lower && x <= upper;
  }

  public Interval scaled(double factor) {
    return new Interval(lower * factor, upper * factor);
  }
}
