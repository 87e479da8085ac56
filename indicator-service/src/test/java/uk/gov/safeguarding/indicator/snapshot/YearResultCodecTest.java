package uk.gov.safeguarding.indicator.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.indicator.computation.AreaDirectory;
import uk.gov.safeguarding.indicator.computation.ComputedValue;
import uk.gov.safeguarding.indicator.computation.SyntheticMeasures;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.indicator.computation.YearResult;

/** The stored form of a year result reads back exactly, and is far smaller than its JSON. */
class YearResultCodecTest {
  private static final YearResult YEAR =
      YearCalculator.standard().compute(2025, SyntheticMeasures.allLas(AreaDirectory.standard().liveAuthorities(), 5));

  @Test
  void aComputedYearReadsBackEqualValueByValue() {
    YearResult back = YearResultCodec.decode(YearResultCodec.encode(YEAR));
    assertThat(back.values()).hasSameSizeAs(YEAR.values());
    for (int i = 0; i < YEAR.values().size(); i++) {
      assertThat(back.values().get(i)).isEqualTo(YEAR.values().get(i));
    }
    assertThat(back).isEqualTo(YEAR);
  }

  @Test
  void nullsNegativeZeroNaNAndExtremeDoublesSurvive() {
    ComputedValue empty = new ComputedValue("x", "E92000001", null, "England", "ENGLAND", null, 2025, "2024-25",
        null, -0.0, Double.NaN, Double.MIN_VALUE, Double.MAX_VALUE, Double.NEGATIVE_INFINITY, null, null, null, null,
        null, null, null, null, null, null, null, null, null);
    YearResult one = new YearResult(2025, "2024-25", List.of(empty), List.of());
    assertThat(YearResultCodec.decode(YearResultCodec.encode(one))).isEqualTo(one);
  }

  @Test
  void isAQuarterOfTheJsonOrLess() throws Exception {
    int json = new ObjectMapper().writeValueAsBytes(YEAR).length;
    assertThat(YearResultCodec.encode(YEAR).length).isLessThan(json / 4 + 1);
  }
}
