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
}
