package uk.gov.safeguarding.indicator.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;

class PeriodsTest {
  private static final List<Integer> AVAILABLE = List.of(2023, 2024, 2025);

  @Test
  void aLabelNamesTheCollectionYearItEndsIn() {
    assertThat(Periods.resolve("2024-25", AVAILABLE)).isEqualTo(2025);
    assertThat(Periods.resolve(" 1999-00 ", AVAILABLE)).isEqualTo(2000);
  }

  @Test
  void aBareYearIsTheCollectionYear() {
    assertThat(Periods.resolve("2025", AVAILABLE)).isEqualTo(2025);
  }

  @Test
  void noPeriodMeansTheLatestAvailable() {
    assertThat(Periods.resolve(null, AVAILABLE)).isEqualTo(2025);
    assertThat(Periods.resolve(" ", AVAILABLE)).isEqualTo(2025);
  }

  @Test
  void labelsThatAreNotConsecutiveYearsAreRefusedWithTheFieldAndRule() {
    for (String bad : List.of("2024-26", "2024/25", "24-25", "2024-5")) {
      assertThatThrownBy(() -> Periods.resolve(bad, AVAILABLE))
          .as(bad)
          .isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.toProblem().errors())
                .extracting(Problem.FieldError::path, Problem.FieldError::rule)
                .containsExactly(tuple("period", "PeriodFormat"));
          });
    }
  }
}
