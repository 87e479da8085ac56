package uk.gov.safeguarding.ingestion.cin.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  private final WorkingDays england = WorkingDays.england();

  @Test
  void coversBankHolidays2019To2027() {
    assertThat(england.firstKnown()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(england.lastKnown()).isEqualTo(LocalDate.of(2027, 12, 28));
    assertThat(england.bankHoliday(LocalDate.of(2022, 9, 19))).isTrue(); // State funeral
    assertThat(england.bankHoliday(LocalDate.of(2026, 12, 28))).isTrue(); // Boxing Day substitute
  }

  @Test
  void easterAndWeekendsAreNotWorkingDays() {
    // Thursday 28 March 2024, then Good Friday, the weekend and Easter Monday, then Tuesday 2 April
    assertThat(england.plus(LocalDate.of(2024, 3, 28), 1)).isEqualTo(LocalDate.of(2024, 4, 2));
    assertThat(england.minus(LocalDate.of(2024, 4, 2), 1)).isEqualTo(LocalDate.of(2024, 3, 28));
    assertThat(england.between(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 2))).isEqualTo(1);
    assertThat(WorkingDays.weekend(LocalDate.of(2024, 7, 13))).isTrue();
  }
}
