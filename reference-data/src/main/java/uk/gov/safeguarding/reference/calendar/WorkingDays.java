package uk.gov.safeguarding.reference.calendar;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England: Monday to Friday except England and Wales bank holidays, kept as data
 * in {@code reference/england-bank-holidays.csv} (GOV.UK, 2015 to 2027). One calendar for the CIN
 * rules, the CIN measures and the synthetic-data generator.
 *
 * <p><b>Reversed dates.</b> {@link #between} is signed: when {@code to} is before {@code from} it
 * answers minus the working days from {@code to} to {@code from}, so {@code between(a, b) ==
 * -between(b, a)}. The measures need this: an assessment authorised before its referral is a data
 * error the rules report, and the measures still count it, with its negative days, in the
 * referral-to-assessment distribution (a floor at 0 would move those figures). The CIN rules never
 * count between two dates of a return: they step back a fixed number of working days from the
 * census period's dates ({@link #minus}), which has no reversed case. The generator only steps
 * forward ({@link #plus}, {@link #onOrAfter}).
 */
public final class WorkingDays {
  private static final WorkingDays ENGLAND = load("/reference/england-bank-holidays.csv");

  private final NavigableSet<LocalDate> holidays;

  WorkingDays(Set<LocalDate> holidays) {
    this.holidays = new TreeSet<>(holidays);
  }

  public static WorkingDays england() {
    return ENGLAND;
  }

  /** The first bank holiday the data holds (1 January of its first year). */
  public LocalDate firstKnown() {
    return holidays.first();
  }

  /** The last bank holiday the data holds. */
  public LocalDate lastKnown() {
    return holidays.last();
  }

  public static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  public boolean isBankHoliday(LocalDate d) {
    return holidays.contains(d);
  }

  public boolean isWorkingDay(LocalDate d) {
    return !isWeekend(d) && !isBankHoliday(d);
  }

  /** {@code d} itself when it is a working day, otherwise the next working day. */
  public LocalDate onOrAfter(LocalDate d) {
    LocalDate day = d;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The date {@code n} working days after {@code from} (n = 0: {@code from} itself, working day or not). */
  public LocalDate plus(LocalDate from, int n) {
    return step(from, n, 1);
  }

  /** The date {@code n} working days before {@code from} (n = 0: {@code from} itself, working day or not). */
  public LocalDate minus(LocalDate from, int n) {
    return step(from, n, -1);
  }

  /** The date {@code n} working days from {@code from}, a day at a time in {@code direction} (+1 or -1). */
  private LocalDate step(LocalDate from, int n, int direction) {
    LocalDate d = from;
    for (int left = n; left > 0; ) {
      d = d.plusDays(direction);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Working days elapsed from {@code from} to {@code to}: the working days d with from &lt; d &lt;=
   * to. A referral on Monday completed on Tuesday took 1 working day; the same day is 0. Negative
   * when {@code to} is before {@code from} (see the class comment).
   */
  public int between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -between(to, from);
    }
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  private static WorkingDays load(String resource) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    Set<LocalDate> days = new TreeSet<>();
    try (InputStream in = WorkingDays.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema).readValues(in)) {
        while (rows.hasNext()) {
          days.add(LocalDate.parse(rows.next().get("date")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WorkingDays(days);
  }
}
