package uk.gov.safeguarding.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Worked cases of Fingertips' "confidence intervals overlapping reference value" method (OHID
 * Fingertips technical guidance, "Comparing with a benchmark"): the benchmark is tested against
 * the area's interval; polarity turns higher/lower into better/worse.
 */
class ComparisonTest {
  // Area 65 per 100, Wilson 95% interval 55.25%..73.64% (PHEindicatormethods test values)
  private final Interval area = Proportions.wilson(65, 100, 95).scaled(100);

  @Test
  void benchmarkInsideTheIntervalIsSimilarWhateverThePolarity() {
    assertThat(Comparison.compare(area, 60.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Outcome.SIMILAR);
    assertThat(Comparison.compare(area, 60.0, Polarity.LOW_IS_GOOD)).isEqualTo(Outcome.SIMILAR);
    assertThat(Comparison.compare(area, 60.0, Polarity.NO_JUDGEMENT)).isEqualTo(Outcome.SIMILAR);
  }

  @Test
  void benchmarkOnALimitIsStillSimilar() {
    assertThat(Comparison.compare(new Interval(10, 20), 20.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Outcome.SIMILAR);
  }

  @Test
  void wholeIntervalAboveTheBenchmarkIsBetterWhenHighIsGoodAndWorseWhenLowIsGood() {
    assertThat(Comparison.compare(area, 50.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Outcome.BETTER);
    assertThat(Comparison.compare(area, 50.0, Polarity.LOW_IS_GOOD)).isEqualTo(Outcome.WORSE);
    assertThat(Comparison.compare(area, 50.0, Polarity.NO_JUDGEMENT)).isEqualTo(Outcome.HIGHER);
  }

  @Test
  void wholeIntervalBelowTheBenchmarkIsWorseWhenHighIsGoodAndBetterWhenLowIsGood() {
    assertThat(Comparison.compare(area, 80.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Outcome.WORSE);
    assertThat(Comparison.compare(area, 80.0, Polarity.LOW_IS_GOOD)).isEqualTo(Outcome.BETTER);
    assertThat(Comparison.compare(area, 80.0, Polarity.NO_JUDGEMENT)).isEqualTo(Outcome.LOWER);
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
