package uk.gov.safeguarding.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The generator's dates step forward over England's working days (the shared calendar). */
class CinSimulatorDatesTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void aStartOnABankHolidayOrWeekendMovesToTheNextWorkingDay() {
    assertThat(CinSimulator.workingDaysAfter(d("2024-03-29"), 0)).isEqualTo(d("2024-04-02")); // Good Friday
    assertThat(CinSimulator.workingDaysAfter(d("2024-07-13"), 0)).isEqualTo(d("2024-07-15")); // Saturday
    assertThat(CinSimulator.workingDaysAfter(d("2024-07-12"), 0)).isEqualTo(d("2024-07-12"));
  }

  @Test
  void countsWorkingDaysFromThatDayAcrossChristmasAndNewYear() {
    // Sat 23 Dec 2023 moves to Wed 27 Dec (after Christmas and Boxing Day); 3 working days on is Tue 2 Jan 2024
    assertThat(CinSimulator.workingDaysAfter(d("2023-12-23"), 3)).isEqualTo(d("2024-01-02"));
    // 2017 holidays (before 2019) are known too: Good Friday 14 April, Easter Monday 17 April
    assertThat(CinSimulator.workingDaysAfter(d("2017-04-13"), 1)).isEqualTo(d("2017-04-18"));
  }

  @Test
  void neverGoesBackwards() {
    for (LocalDate from = d("2023-12-01"); from.isBefore(d("2024-02-01")); from = from.plusDays(1)) {
      for (int n = 0; n < 5; n++) {
        assertThat(CinSimulator.workingDaysAfter(from, n)).isAfterOrEqualTo(from);
      }
    }
  }
}
