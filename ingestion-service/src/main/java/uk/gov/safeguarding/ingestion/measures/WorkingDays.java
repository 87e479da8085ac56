package uk.gov.safeguarding.ingestion.measures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England: Monday to Friday except bank holidays (kept as data in
 * {@code england-bank-holidays.txt}).
 */
public final class WorkingDays {
  private static final WorkingDays ENGLAND = load();
  private final Set<LocalDate> holidays;

  WorkingDays(Set<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  public static WorkingDays england() {
    return ENGLAND;
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /**
   * Working days elapsed from {@code from} to {@code to}: the working days d with from &lt; d &lt;=
   * to. A referral on Monday completed on Tuesday took 1 working day; same day is 0. Negative when
   * {@code to} is before {@code from}.
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

  private static WorkingDays load() {
    Set<LocalDate> days = new TreeSet<>();
    try (InputStream in = WorkingDays.class.getResourceAsStream("england-bank-holidays.txt")) {
      if (in == null) {
        throw new IllegalStateException("Missing england-bank-holidays.txt");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.trim();
        if (!line.isEmpty() && !line.startsWith("#")) {
          days.add(LocalDate.parse(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WorkingDays(days);
  }
}
