package uk.gov.safeguarding.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Dates checked against GOV.UK's published England and Wales bank holidays. */
class WorkingDaysTest {
  private final WorkingDays england = WorkingDays.england();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void coversEveryYearFrom2015To2027() {
    assertThat(england.firstKnown()).isEqualTo(d("2015-01-01"));
    assertThat(england.lastKnown()).isEqualTo(d("2027-12-28"));
    IntStream.rangeClosed(2015, 2027).forEach(year -> {
      long inYear = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).filter(england::isBankHoliday).count();
      assertThat(inYear).as("bank holidays in %d", year).isBetween(8L, 10L);
    });
  }

  @Test
  void knowsOneOffAndSubstituteBankHolidays() {
    assertThat(england.isBankHoliday(d("2022-09-19"))).isTrue(); // state funeral of Queen Elizabeth II
    assertThat(england.isBankHoliday(d("2023-05-08"))).isTrue(); // coronation of King Charles III
    assertThat(england.isBankHoliday(d("2020-05-08"))).isTrue(); // early May moved to VE day
    assertThat(england.isBankHoliday(d("2020-05-04"))).isFalse();
    assertThat(england.isBankHoliday(d("2026-12-28"))).isTrue(); // Boxing Day substitute
    assertThat(england.isBankHoliday(d("2016-12-27"))).isTrue(); // Christmas Day substitute
  }

  @Test
  void easterAndWeekendsAreNotWorkingDays() {
    // Thursday 28 March 2024, then Good Friday, the weekend and Easter Monday, then Tuesday 2 April
    assertThat(england.plus(d("2024-03-28"), 1)).isEqualTo(d("2024-04-02"));
    assertThat(england.minus(d("2024-04-02"), 1)).isEqualTo(d("2024-03-28"));
    assertThat(england.between(d("2024-03-28"), d("2024-04-02"))).isEqualTo(1);
    assertThat(england.isWorkingDay(d("2018-03-30"))).isFalse(); // Good Friday 2018, before the CIN file's old range
    assertThat(WorkingDays.isWeekend(d("2024-07-13"))).isTrue();
    assertThat(england.isWorkingDay(d("2024-07-12"))).isTrue();
  }

  @Test
  void christmasAndNewYearAcrossAYearEnd() {
    // Fri 22 Dec 2023, weekend, Christmas Day, Boxing Day, then 27-29 Dec, weekend, New Year's Day 2024
    assertThat(england.between(d("2023-12-22"), d("2024-01-02"))).isEqualTo(4); // 27, 28, 29 Dec and 2 Jan
    assertThat(england.plus(d("2023-12-29"), 1)).isEqualTo(d("2024-01-02"));
    assertThat(england.minus(d("2024-01-02"), 1)).isEqualTo(d("2023-12-29"));
    // 2021/22: Christmas and Boxing Day on a weekend, substitutes Mon 27 and Tue 28 Dec, New Year substitute Mon 3 Jan
    assertThat(england.plus(d("2021-12-24"), 1)).isEqualTo(d("2021-12-29"));
    assertThat(england.between(d("2021-12-31"), d("2022-01-04"))).isEqualTo(1);
  }

  @Test
  void censusYearEndsAtEasterCountOnlyWorkingDays() {
    // 31 March 2024 was Easter Sunday and 1 April 2024 Easter Monday: one working day before the
    // 2024/25 census period starts is Thursday 28 March
    assertThat(england.minus(d("2024-04-01"), 1)).isEqualTo(d("2024-03-28"));
    // 45 working days before 31 March 2025 is Monday 27 January 2025
    assertThat(england.minus(d("2025-03-31"), 45)).isEqualTo(d("2025-01-27"));
  }

  @Test
  void countsAreSignedWhenTheDatesAreReversed() {
    assertThat(england.between(d("2024-04-02"), d("2024-03-28"))).isEqualTo(-1);
    assertThat(england.between(d("2023-12-22"), d("2024-01-02"))).isEqualTo(-england.between(d("2024-01-02"), d("2023-12-22")));
    assertThat(england.between(d("2024-07-13"), d("2024-07-13"))).isZero();
  }

  @Test
  void zeroStepsLeaveTheDateAndOnOrAfterRollsForward() {
    assertThat(england.plus(d("2024-07-13"), 0)).isEqualTo(d("2024-07-13"));
    assertThat(england.minus(d("2024-07-13"), 0)).isEqualTo(d("2024-07-13"));
    assertThat(england.onOrAfter(d("2024-07-12"))).isEqualTo(d("2024-07-12"));
    assertThat(england.onOrAfter(d("2024-03-29"))).isEqualTo(d("2024-04-02")); // Good Friday to Tuesday
  }
}
