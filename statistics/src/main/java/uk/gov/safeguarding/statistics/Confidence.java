package uk.gov.safeguarding.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Confidence levels as PHEindicatormethods accepts them: 0.9 to 1, or 90 to 100 (percent). */
public final class Confidence {
  /** Fingertips' two standard levels. */
  public static final double C95 = 0.95;

  public static final double C998 = 0.998;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

  private Confidence() {}

  /** Normalises 95 or 0.95 to 0.95; rejects anything outside 0.9 to 1 as PHEindicatormethods does. */
  public static double level(double confidence) {
    double c = confidence >= 90 && confidence <= 100 ? confidence / 100 : confidence;
    if (c < 0.9 || c > 1) {
      throw new IllegalArgumentException("confidence level must be between 90 and 100 or between 0.9 and 1");
    }
    return c;
  }

  /** The two-sided standard normal quantile, qnorm((1 + c) / 2). */
  public static double z(double confidence) {
    double c = level(confidence);
    return STANDARD_NORMAL.inverseCumulativeProbability((1 + c) / 2);
  }
}
