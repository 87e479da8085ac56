package uk.gov.safeguarding.statistics;

import java.util.Arrays;
import java.util.function.DoublePredicate;

/**
 * Quantile groups among areas, as PHEindicatormethods' {@code phe_quantile} assigns them: rank
 * with ties at the minimum rank, then {@code floor((q + 1) - ceiling(((n + 1) - rank) / (n / q)))},
 * with 0 mapped to 1; no groups when fewer areas than groups have values. Ranks come from one
 * sort of the values and a binary search per area (n log n), not a comparison of every pair.
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * @param values one value per area, null when missing
   * @param groups e.g. 5 for quintiles
   * @param invert true: group 1 holds the highest values; false: group 1 holds the lowest
   * @return the group of each area (1..groups), null for missing values or too few areas
   */
  public static Integer[] assign(Double[] values, int groups, boolean invert) {
    Integer[] result = new Integer[values.length];
    long present = Arrays.stream(values).filter(v -> v != null && !v.isNaN()).count();
    if (present < groups) {
      return result;
    }
    double n = present;
    double[] sorted = new double[(int) present];
    int k = 0;
    for (Double v : values) {
      if (v != null && !v.isNaN()) {
        sorted[k++] = v;
      }
    }
    Arrays.sort(sorted);
    for (int i = 0; i < values.length; i++) {
      Double v = values[i];
      if (v == null || v.isNaN()) {
        continue;
      }
      // 1 + the number of other values ranked before v (lower, or higher when inverted)
      int rank = 1 + (invert ? sorted.length - prefixLength(sorted, x -> x <= v) : prefixLength(sorted, x -> x < v));
      double q = Math.floor((groups + 1) - Math.ceil(((n + 1) - rank) / (n / groups)));
      result[i] = q == 0 ? 1 : (int) q;
    }
    return result;
  }

  /** The length of the sorted values' prefix for which {@code before} holds (a binary search; {@code before} must hold for a prefix). */
  static int prefixLength(double[] sorted, DoublePredicate before) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (before.test(sorted[mid])) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
