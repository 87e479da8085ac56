package uk.gov.safeguarding.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PHEindicatormethods' published funnel test data for ratios
 * (tests/testthat/testdata_funnel_ratio_inputs.csv @ 093fd28): observed, expected and the
 * significance that {@code assign_funnel_significance(statistic = "ratio")} gives.
 */
class FunnelsTest {
  @ParameterizedTest(name = "{0} observed vs {1} expected is {2}")
  @CsvSource({
    "8, 6.239860227, NOT_SIGNIFICANT",
    "0, 240.6273499, LOW_0_001",
    "6, 4.293052052, NOT_SIGNIFICANT",
    "191, 184.0963855, NOT_SIGNIFICANT",
    "220, 249.8012944, NOT_SIGNIFICANT",
    "182, 196.799308, NOT_SIGNIFICANT",
    "113, 96.14566494, NOT_SIGNIFICANT",
    "151, 106.4429719, HIGH_0_001",
    "206, 139.4719025, HIGH_0_001",
    "141, 106.7211626, HIGH_0_001",
    "150, 100.6778978, HIGH_0_001",
    "182, 136.0137508, HIGH_0_001",
    "159, 232.9329036, LOW_0_001",
    "124, 183.894409, LOW_0_001",
    "151, 204.6070461, LOW_0_001",
    "121, 162.3289509, LOW_0_001",
    "150, 119.5695496, HIGH_0_025",
    "182, 143.6804295, HIGH_0_025",
    "174, 141.4404162, HIGH_0_025",
    "174, 143.4578283, HIGH_0_025",
    "252, 218.7689904, HIGH_0_025",
    "101, 126.2973615, LOW_0_025",
    "241, 288.6919023, LOW_0_025",
    "157, 185.666982, LOW_0_025",
    "154, 194.8380567, LOW_0_025",
    "117, 140.709561, LOW_0_025",
  })
  void ratioSignificanceMatchesPheIndicatorMethods(double observed, double expected, Funnels.Significance significance) {
    assertThat(Funnels.ratioSignificance(observed, expected)).isEqualTo(significance);
  }

  @org.junit.jupiter.api.Test
  void limitsFromTheQuantilesComputedOnceEqualTheQuantilesComputedPerCall() {
    for (double p : new double[] {0.95, 0.998}) {
      double z = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1,
          org.apache.commons.math3.distribution.NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY).inverseCumulativeProbability(0.5 + p / 2);
      for (boolean low : new boolean[] {true, false}) {
        for (double obs = 0; obs < 10; obs += 0.5) {
          double direct = obs == 0 && low ? 0 : Funnels.exactStatistic(obs, p, low) / 7.25;
          assertThat(Funnels.limit(obs, 7.25, p, low)).as("obs %s p %s low %s", obs, p, low).isEqualTo(direct);
          assertThat(Funnels.limit(obs, 7.25, p, low)).as("asked again").isEqualTo(direct);
        }
        for (double obs = 10; obs < 5_000; obs += 7.5) {
          double o = low ? obs : obs + 1;
          double direct = o * Math.pow(1 - 1 / (9 * o) + (low ? -1 : 1) * z / 3 / Math.sqrt(o), 3) / 123.4;
          assertThat(Funnels.limit(obs, 123.4, p, low)).as("obs %s p %s low %s", obs, p, low).isEqualTo(direct);
        }
      }
    }
  }
}
