package uk.gov.safeguarding.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

class HistogramTest {
  @Test
  void quantilesOfOneToTenAreTheTextbookTypeSevenValues() {
    // R: quantile(1:10) gives 1, 3.25, 5.5, 7.75, 10; quantile(1:10, 0.9) gives 9.1
    Map<Integer, Long> h = new HashMap<>();
    for (int i = 1; i <= 10; i++) {
      h.put(i, 1L);
    }
    Histogram histogram = new Histogram(h);
    assertThat(histogram.quantile(0.25)).isCloseTo(3.25, within(1e-12));
    assertThat(histogram.median()).isCloseTo(5.5, within(1e-12));
    assertThat(histogram.quantile(0.75)).isCloseTo(7.75, within(1e-12));
    assertThat(histogram.quantile(0.9)).isCloseTo(9.1, within(1e-12));
    assertThat(histogram.quantile(0)).isEqualTo(1);
    assertThat(histogram.quantile(1)).isEqualTo(10);
  }

  @Test
  void agreesWithCommonsMathOnTheExpandedData() {
    Random random = new Random(7);
    Map<Integer, Long> h = new HashMap<>();
    for (int i = 0; i < 60; i++) {
      h.merge(random.nextInt(45), (long) (1 + random.nextInt(30)), Long::sum);
    }
    double[] expanded = h.entrySet().stream()
        .flatMapToDouble(e -> java.util.stream.DoubleStream.generate(() -> e.getKey()).limit(e.getValue()))
        .toArray();
    Percentile reference = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    Histogram histogram = new Histogram(h);
    for (double p : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
      assertThat(histogram.quantile(p)).as("p=%s", p).isCloseTo(reference.evaluate(expanded, p * 100), within(1e-9));
    }
  }

  @Test
  void countsBucketsInclusively() {
    Histogram histogram = new Histogram(Map.of(3, 4L, 10, 2L, 11, 5L, 15, 1L, 16, 3L, 40, 7L));
    assertThat(histogram.countBetween(0, 10)).isEqualTo(6);
    assertThat(histogram.countBetween(11, 15)).isEqualTo(6);
    assertThat(histogram.countBetween(16, 20)).isEqualTo(3);
    assertThat(histogram.countBetween(21, Integer.MAX_VALUE)).isEqualTo(7);
    assertThat(histogram.total()).isEqualTo(22);
  }

  @Test
  void emptyDistributionHasNoMedian() {
    assertThat(new Histogram(Map.of()).median()).isNaN();
  }

  @Test
  void mergingPoolsTheCases() {
    Histogram a = new Histogram(Map.of(1, 2L, 5, 1L));
    Histogram b = new Histogram(Map.of(5, 3L, 9, 4L));
    Histogram merged = Histogram.merge(java.util.List.of(a, b));
    assertThat(merged.total()).isEqualTo(10);
    assertThat(merged.countBetween(5, 5)).isEqualTo(4);
    assertThat(merged.median()).isEqualTo(new Histogram(Map.of(1, 2L, 5, 4L, 9, 4L)).median());
  }

  @Test
  void mergingWideRangesGivesTheSameAsNarrowOnes() {
    Histogram a = new Histogram(Map.of(1, 2L, 5_000_000, 1L));
    Histogram b = new Histogram(Map.of(5_000_000, 3L, -9, 4L));
    Histogram merged = Histogram.merge(java.util.List.of(a, b));
    assertThat(merged.total()).isEqualTo(10);
    assertThat(merged.countBetween(5_000_000, 5_000_000)).isEqualTo(4);
    assertThat(merged.quantile(0)).isEqualTo(-9);
    assertThat(merged.median()).isEqualTo(new Histogram(Map.of(-9, 4L, 1, 2L, 5_000_000, 4L)).median());
  }
}
