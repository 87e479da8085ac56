package uk.gov.safeguarding.indicator.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.computation.AreaDirectory;
import uk.gov.safeguarding.indicator.computation.SyntheticMeasures;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.indicator.computation.YearResult;

/** The cheaper rounding gives exactly the published values BigDecimal gave. */
class SnapshotEventsTest {
  private static final YearResult YEAR =
      YearCalculator.standard().compute(2025, SyntheticMeasures.allLas(AreaDirectory.standard().liveAuthorities(), 3));

  @Test
  void roundingGivesWhatBigDecimalGivesForEveryPublishedValueOfAYear() {
    YEAR.values().forEach(v -> {
      int dp = Catalogue.standard().find(v.indicatorId()).orElseThrow().decimalPlaces();
      for (Double d : new Double[] {v.value(), v.lower95(), v.upper95(), v.lower998(), v.upper998()}) {
        assertRoundsAsBigDecimal(d, dp);
      }
      assertExactAsBigDecimal(v.numerator());
      assertExactAsBigDecimal(v.denominator());
    });
  }

  @Test
  void roundingGivesWhatBigDecimalGivesOnTiesNearTiesAndAnyMagnitude() {
    double[] cases = {0.125, 0.375, 1.005, 2.675, 1.0049999999999999, 0.5, 1.5, 2.5, -0.5, -1.005, -2.675, 0.0, -0.0,
        1e-7, 123456.785, 999999999.995, 1e12 + 0.5, 4.35, 0.045, 10.05, 1.45, 2.5e-3, 1e300, -1e-300, Double.MIN_VALUE,
        Double.MAX_VALUE, 33.33333333333333, 66.66666666666667};
    for (double d : cases) {
      for (int dp = 0; dp <= 12; dp++) {
        assertRoundsAsBigDecimal(d, dp);
        assertRoundsAsBigDecimal(Math.nextUp(d), dp);
        assertRoundsAsBigDecimal(Math.nextDown(d), dp);
      }
    }
    SplittableRandom random = new SplittableRandom(18);
    for (int i = 0; i < 200_000; i++) {
      int dp = random.nextInt(0, 4);
      // ties at the rounding digit and their neighbours, as well as arbitrary values
      double tie = (random.nextInt(-1_000_000, 1_000_000) + 0.5) / Math.pow(10, dp);
      assertRoundsAsBigDecimal(tie, dp);
      assertRoundsAsBigDecimal(Math.nextUp(tie), dp);
      assertRoundsAsBigDecimal(Math.nextDown(tie), dp);
      assertRoundsAsBigDecimal(random.nextDouble(-2000, 2000), dp);
      assertRoundsAsBigDecimal(random.nextDouble() * Math.pow(10, random.nextInt(-8, 12)), dp);
      assertExactAsBigDecimal((double) random.nextLong(-(1L << 54), 1L << 54));
      assertExactAsBigDecimal(random.nextInt(0, 100_000) / 4.0);
    }
  }

  private static void assertRoundsAsBigDecimal(Double d, int dp) {
    if (d == null || d.isInfinite()) { // no published value is infinite: BigDecimal cannot hold it
      assertThat(d == null ? SnapshotEvents.round(null, dp) : null).isNull();
      return;
    }
    BigDecimal expected = BigDecimal.valueOf(d).setScale(dp, RoundingMode.HALF_UP);
    BigDecimal actual = SnapshotEvents.round(d, dp);
    assertThat(actual).as("%s to %d places", d, dp).isEqualTo(expected); // equals: same digits and scale
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  private static void assertExactAsBigDecimal(Double d) {
    if (d == null) {
      assertThat(SnapshotEvents.exact(null)).isNull();
      return;
    }
    BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
    BigDecimal expected = b.scale() < 0 ? b.setScale(0) : b;
    assertThat(SnapshotEvents.exact(d)).as("%s", d).isEqualTo(expected);
    assertThat(SnapshotEvents.exact(d).toString()).isEqualTo(expected.toString());
  }
}
