package uk.gov.safeguarding.reference.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CollectionYearTest {
  @Test
  void isNamedByTheYearItEndsAndLabelledAsPublished() {
    assertThat(CollectionYear.of(2025).label()).isEqualTo("2024-25");
    assertThat(CollectionYear.of(2025).startYear()).isEqualTo(2024);
    assertThat(CollectionYear.of(2000).label()).isEqualTo("1999-00");
    assertThat(CollectionYear.of(2010).label()).isEqualTo("2009-10");
    assertThat(CollectionYear.of(2025)).hasToString("2024-25");
  }

  @Test
  void runsFromFirstAprilToTheCensusDate() {
    CollectionYear y = CollectionYear.of(2025);
    assertThat(y.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(y.censusDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(y.contains(LocalDate.of(2024, 4, 1))).isTrue();
    assertThat(y.contains(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(y.contains(LocalDate.of(2024, 3, 31))).isFalse();
    assertThat(y.contains(LocalDate.of(2025, 4, 1))).isFalse();
    assertThat(y.contains(null)).isFalse();
  }

  @Test
  void parsesOnlyConsecutiveYearLabels() {
    assertThat(CollectionYear.parse("2024-25")).contains(CollectionYear.of(2025));
    assertThat(CollectionYear.parse("1999-00")).contains(CollectionYear.of(2000));
    assertThat(CollectionYear.parse("2024-26")).isEmpty();
    assertThat(CollectionYear.parse("2024/25")).isEmpty();
    assertThat(CollectionYear.parse("2024")).isEmpty();
    assertThat(CollectionYear.parse(" 2024-25")).isEmpty();
    assertThat(CollectionYear.parse(null)).isEmpty();
  }

  @Test
  void labelAndParseAreInverse() {
    for (int year = 2000; year <= 2100; year++) {
      assertThat(CollectionYear.parse(CollectionYear.of(year).label())).contains(CollectionYear.of(year));
    }
  }

  @Test
  void ordersByYear() {
    assertThat(CollectionYear.of(2024)).isLessThan(CollectionYear.of(2025));
  }
}
