package uk.gov.safeguarding.statistics;

import java.util.Arrays;

/**
 * Quantile groups among areas, as PHEindicatormethods' {@code phe_quantile} assigns them: rank
 * with ties at the minimum rank, then {@code floor((q + 1) - ceiling(((n + 1) - rank) / (n / q)))},
 * with 0 mapped to 1; no groups when fewer areas than groups have values.
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
    for (int i = 0; i < values.length; i++) {
      Double v = values[i];
      if (v == null || v.isNaN()) {
        continue;
      }
      int rank = 1;
      for (Double other : values) {
        if (other != null && !other.isNaN() && (invert ? other > v : other < v)) {
          rank++;
        }
      }
      double q = Math.floor((groups + 1) - Math.ceil(((n + 1) - rank) / (n / groups)));
      result[i] = q == 0 ? 1 : (int) q;
    }
    return result;
  }
}
