package uk.gov.safeguarding.indicator.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.indicator.computation.AreaDirectory;
import uk.gov.safeguarding.indicator.computation.SyntheticMeasures;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.indicator.computation.YearResult;

class FastDoublesTest {
  private static ObjectMapper fast() {
    ObjectMapper mapper = new ObjectMapper();
    new FastDoubles().customize(mapper);
    return mapper;
  }

  @Test
  void aStoredYearResultReadsBackExactlyAsComputed() throws Exception {
    YearResult computed = YearCalculator.standard().compute(2025, SyntheticMeasures.allLas(AreaDirectory.standard().liveAuthorities(), 7));
    ObjectMapper mapper = fast();

    YearResult stored = mapper.readValue(mapper.writeValueAsString(computed), YearResult.class);

    assertThat(stored).isEqualTo(computed);
    // and the same as the JDK's writer would have stored
    assertThat(new ObjectMapper().readValue(mapper.writeValueAsString(computed), YearResult.class))
        .isEqualTo(new ObjectMapper().readValue(new ObjectMapper().writeValueAsString(computed), YearResult.class));
  }

  @Test
  void doublesAreWrittenAsTheirShortestExactDecimal() throws Exception {
    assertThat(fast().writeValueAsString(new double[] {0.1, 366.6666666666667, 1e-7, 2.0})).isEqualTo("[0.1,366.6666666666667,1.0E-7,2.0]");
  }
}
