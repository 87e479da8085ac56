package uk.gov.safeguarding.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked cases of Fingertips' "confidence intervals overlapping reference value" method (OHID
 * Fingertips technical guidance, "Comparing with a benchmark"): the benchmark is tested against
 * the area's interval; polarity turns higher/lower into better/worse.
 */
class ComparisonTest {
  // Area 65 per 100, Wilson 95% interval 55.25%..73.64% (PHEindicatormethods test values)
  private final Interval area = Proportions.wilson(65, 100, 95).scaled(100);

  @ParameterizedTest(name = "benchmark {0}, {1}: {2}")
  @CsvSource({
    // benchmark inside the interval: similar whatever the polarity
    "60, HIGH_IS_GOOD, SIMILAR",
    "60, LOW_IS_GOOD, SIMILAR",
    "60, NO_JUDGEMENT, SIMILAR",
    // whole interval above the benchmark: better when high is good, worse when low is good
    "50, HIGH_IS_GOOD, BETTER",
    "50, LOW_IS_GOOD, WORSE",
    "50, NO_JUDGEMENT, HIGHER",
    // whole interval below the benchmark: worse when high is good, better when low is good
    "80, HIGH_IS_GOOD, WORSE",
    "80, LOW_IS_GOOD, BETTER",
    "80, NO_JUDGEMENT, LOWER",
  })
  void theBenchmarkIsTestedAgainstTheAreasIntervalAndPolarityTurnsTheSideIntoBetterOrWorse(
      double benchmark, Polarity polarity, Outcome expected) {
    assertThat(Comparison.compare(area, benchmark, polarity)).isEqualTo(expected);
  }

  @Test
  void benchmarkOnALimitIsStillSimilar() {
    assertThat(Comparison.compare(new Interval(10, 20), 20.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Outcome.SIMILAR);
  }

  @Test
  void aWiderIntervalCanBeSimilarWhereTheNarrowerOneDiffers() {
    // 74.5% lies outside the 95% interval (upper 73.64%) but inside the 99.8% one (upper 77.84%)
    Interval ci998 = Proportions.wilson(65, 100, 99.8).scaled(100);
    assertThat(Comparison.compare(area, 74.5, Polarity.HIGH_IS_GOOD)).isEqualTo(Outcome.WORSE);
    assertThat(Comparison.compare(ci998, 74.5, Polarity.HIGH_IS_GOOD)).isEqualTo(Outcome.SIMILAR);
  }

  @Test
  void missingValuesAreNotCompared() {
    assertThat(Comparison.compare(null, 50.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Outcome.NOT_COMPARED);
    assertThat(Comparison.compare(area, null, Polarity.HIGH_IS_GOOD)).isEqualTo(Outcome.NOT_COMPARED);
  }
}
