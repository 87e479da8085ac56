package uk.gov.safeguarding.statistics;

import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * Confidence limits for a Poisson count: exact (chi-squared based) below 10 events, Byar's
 * approximation from 10, as PHEindicatormethods' {@code phe_rate}, {@code byars_lower} /
 * {@code byars_upper} and Fingertips do (Breslow and Day 1987).
 */
public final class PoissonLimits {
  /** Counts below this use exact limits; from this count Byar's method. */
  public static final int EXACT_BELOW = 10;

  private static final double INVERSE_ACCURACY = 1e-14;

  private PoissonLimits() {}

  /** Limits for the expected count given x observed events. */
  public static Interval count(double x, double confidence) {
    requireNonNegative(x);
    return x < EXACT_BELOW ? exact(x, confidence) : byar(x, confidence);
  }

  /** Limits for a rate x / denominator * multiplier. */
  public static Interval rate(double x, double denominator, double multiplier, double confidence) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominators must be greater than zero");
    }
    return count(x, confidence).scaled(multiplier / denominator);
  }

  /** Byar's approximation to the exact Poisson limits. */
  public static Interval byar(double x, double confidence) {
    requireNonNegative(x);
    double z = Confidence.z(confidence);
    double lower = x == 0 ? 0 : x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
    double x1 = x + 1;
    double upper = x1 * Math.pow(1 - 1 / (9 * x1) + z / (3 * Math.sqrt(x1)), 3);
    return new Interval(lower, upper);
  }

  /** Exact limits: qchisq(a/2, 2x)/2 and qchisq(1 - a/2, 2x + 2)/2, computed as gamma quantiles. */
  public static Interval exact(double x, double confidence) {
    requireNonNegative(x);
    double alpha = 1 - Confidence.level(confidence);
    // qchisq(p, 2k) / 2 is the gamma(shape k, scale 1) quantile; no random generator is needed
    double lower = x == 0 ? 0 : new GammaDistribution(null, x, 1, INVERSE_ACCURACY).inverseCumulativeProbability(alpha / 2);
    double upper = new GammaDistribution(null, x + 1, 1, INVERSE_ACCURACY).inverseCumulativeProbability(1 - alpha / 2);
    return new Interval(lower, upper);
  }

  private static void requireNonNegative(double x) {
    if (x < 0 || Double.isNaN(x)) {
      throw new IllegalArgumentException("observed events must all be greater than or equal to zero");
    }
  }
}
