package uk.gov.safeguarding.statistics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Funnel-plot significance of an observed count against its expected count (an
 * observed/expected ratio), as PHEindicatormethods' {@code assign_funnel_significance} with
 * {@code statistic = "ratio"}: exact Poisson limits below 10 events, Byar's from 10, at the 2
 * sigma (95%) and 3 sigma (99.8%) levels. The normal quantiles of the two levels are computed once
 * and each exact (gamma) statistic once per observed count, level and side: a year's funnels ask
 * for the same few thousand times.
 */
public final class Funnels {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
  /** The two levels every caller uses, and their normal quantiles, computed once. */
  private static final double P95 = 0.95;
  private static final double P998 = 0.998;
  private static final double Z95 = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + P95 / 2);
  private static final double Z998 = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + P998 / 2);
  /** Exact Poisson statistics below 10 events by (observed, p, side): few distinct keys, each a gamma quantile. */
  private static final Map<ExactKey, Double> EXACT = new ConcurrentHashMap<>();

  private record ExactKey(double observed, double p, boolean lowSide) {}

  /** The labels PHEindicatormethods gives. */
  public enum Significance {
    HIGH_0_001("High (0.001)"),
    HIGH_0_025("High (0.025)"),
    LOW_0_001("Low (0.001)"),
    LOW_0_025("Low (0.025)"),
    NOT_SIGNIFICANT("Not significant");

    private final String label;

    Significance(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public boolean isSignificant() {
      return this != NOT_SIGNIFICANT;
    }
  }

  private Funnels() {}

  public static Significance ratioSignificance(double observed, double expected) {
    if (observed < 0 || expected <= 0) {
      throw new IllegalArgumentException("observed must be >= 0 and expected > 0");
    }
    if (1 < limit(observed, expected, 0.998, true)) {
      return Significance.HIGH_0_001;
    }
    if (1 < limit(observed, expected, 0.95, true)) {
      return Significance.HIGH_0_025;
    }
    if (1 > limit(observed, expected, 0.998, false)) {
      return Significance.LOW_0_001;
    }
    if (1 > limit(observed, expected, 0.95, false)) {
      return Significance.LOW_0_025;
    }
    return Significance.NOT_SIGNIFICANT;
  }

  /** The lower (low side) or upper limit of the ratio observed/expected at probability p. */
  static double limit(double obs, double expected, double p, boolean lowSide) {
    double statistic;
    if (obs == 0 && lowSide) {
      statistic = 0;
    } else if (obs < PoissonLimits.EXACT_BELOW) {
      statistic = EXACT.computeIfAbsent(new ExactKey(obs, p, lowSide), k -> exactStatistic(obs, p, lowSide));
    } else {
      double z = p == P95 ? Z95 : p == P998 ? Z998 : normalQuantile(p);
      double o = lowSide ? obs : obs + 1;
      double sign = lowSide ? -1 : 1;
      statistic = o * Math.pow(1 - 1 / (9 * o) + sign * z / 3 / Math.sqrt(o), 3);
    }
    return statistic / expected;
  }

  /** qchisq(q, df) / 2 as the gamma(shape df / 2, scale 1) quantile: the exact Poisson statistic. */
  static double exactStatistic(double obs, double p, boolean lowSide) {
    double df = lowSide ? 2 * obs : 2 * obs + 2;
    double q = 0.5 + p / 2;
    GammaDistribution gamma = new GammaDistribution(null, df / 2, 1, 1e-14);
    return lowSide ? gamma.inverseCumulativeProbability(1 - q) : gamma.inverseCumulativeProbability(q);
  }

  static double normalQuantile(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(0.5 + p / 2);
  }
}
