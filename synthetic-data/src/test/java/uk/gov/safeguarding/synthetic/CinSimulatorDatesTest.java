package uk.gov.safeguarding.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generator's dates step forward over England's working days (the shared calendar). */
class CinSimulatorDatesTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Stream<Arguments> startsAndCounts() {
    return Stream.of(
        // a start on a bank holiday or weekend moves to the next working day
        arguments(d("2024-03-29"), 0, d("2024-04-02"), "Good Friday moves past Easter Monday"),
        arguments(d("2024-07-13"), 0, d("2024-07-15"), "Saturday moves to Monday"),
        arguments(d("2024-07-12"), 0, d("2024-07-12"), "a working day stays"),
        // then counts working days from that day, across Christmas and New Year
        arguments(d("2023-12-23"), 3, d("2024-01-02"), "Sat 23 Dec moves to Wed 27 Dec (after Christmas and Boxing Day), 3 on is Tue 2 Jan 2024"),
        arguments(d("2017-04-13"), 1, d("2017-04-18"), "2017 holidays (before 2019) are known too: Good Friday 14 April, Easter Monday 17 April"));
  }

  @ParameterizedTest(name = "{1} working days after {0} is {2}: {3}")
  @MethodSource("startsAndCounts")
  void startsOnTheNextWorkingDayAndCountsWorkingDaysFromThere(LocalDate from, int workingDays, LocalDate expected, String why) {
    assertThat(CinSimulator.workingDaysAfter(from, workingDays)).as(why).isEqualTo(expected);
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
