package uk.gov.safeguarding.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * PHEindicatormethods' published quantile test data (tests/testthat/testdata_Quantiles.xlsx @
 * 093fd28, indicator 40501 "Under 75 mortality rate from cancer", female, deciles within region):
 * values and the expected deciles (QuantileInGrp), ranked highest first.
 */
class QuantilesTest {
  @Test
  void northEastDecilesMatchPheIndicatorMethods() {
    Double[] values = {
      118.7460481, 131.2778276, 137.109864, 137.7256526, 138.9005229, 143.263302,
      145.5966707, 146.6971262, 153.6912833, 155.763081, 157.1222286, 171.2170455
    };
    Integer[] expected = {10, 9, 8, 7, 6, 6, 5, 4, 3, 2, 1, 1};
    assertThat(Quantiles.assign(values, 10, true)).containsExactly(expected);
  }

  @Test
  void fewerAreasThanGroupsGetNoGroup() {
    // East Midlands has 9 areas with values: no deciles in the published test data
    Double[] values = {98.48648252, 112.6465977, 118.8763694, 120.8241528, 122.377236, 123.070999, 126.0275044, 128.9180349, 145.6352043};
    assertThat(Quantiles.assign(values, 10, true)).containsOnlyNulls();
  }

  @Test
  void missingValuesAreSkippedAndTiesShareTheLowerRank() {
    Double[] values = {1.0, 2.0, null, 3.0, 4.0, 5.0, 5.0};
    Integer[] quintiles = Quantiles.assign(values, 5, false);
    assertThat(quintiles[2]).isNull();
    assertThat(quintiles[0]).isEqualTo(1);
    assertThat(quintiles[5]).isEqualTo(quintiles[6]);
  }

  @Test
  void sortedRanksGiveTheGroupsThatComparingEveryPairGave() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261204);
    for (int trial = 0; trial < 2_000; trial++) {
      Double[] values = new Double[1 + random.nextInt(200)];
      for (int i = 0; i < values.length; i++) {
        int kind = random.nextInt(20);
        values[i] = kind == 0 ? null : kind == 1 ? Double.NaN : kind == 2 ? -0.0 : kind == 3 ? 0.0
            : random.nextInt(4) == 0 ? (double) random.nextInt(10) : random.nextDouble(-50, 500);
      }
      for (int groups : new int[] {4, 5, 10}) {
        for (boolean invert : new boolean[] {false, true}) {
          assertThat(Quantiles.assign(values, groups, invert)).as("trial %d, %d groups, invert %s", trial, groups, invert)
              .containsExactly(byComparingEveryPair(values, groups, invert));
        }
      }
    }
  }

  /** The quadratic ranking the sorted one replaced: the reference it must equal. */
  private static Integer[] byComparingEveryPair(Double[] values, int groups, boolean invert) {
    Integer[] result = new Integer[values.length];
    long present = java.util.Arrays.stream(values).filter(v -> v != null && !v.isNaN()).count();
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
