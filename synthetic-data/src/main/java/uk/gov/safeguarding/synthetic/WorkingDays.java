package uk.gov.safeguarding.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** England working days (weekdays less bank holidays, calibration/england-bank-holidays.txt). */
final class WorkingDays {
  private static final Set<LocalDate> HOLIDAYS = load();

  private WorkingDays() {}

  static boolean isWorkingDay(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
  }

  /** The n-th working day after {@code from} (n = 0: {@code from} itself, moved to a working day). */
  static LocalDate plus(LocalDate from, int n) {
    LocalDate d = from;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    for (int i = 0; i < n; i++) {
      d = d.plusDays(1);
      while (!isWorkingDay(d)) {
        d = d.plusDays(1);
      }
    }
    return d;
  }

  /** Working days d with from &lt; d &lt;= to. */
  static int between(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  private static Set<LocalDate> load() {
    Set<LocalDate> days = new HashSet<>();
    try (InputStream in = WorkingDays.class.getResourceAsStream("/calibration/england-bank-holidays.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          days.add(LocalDate.parse(line.trim()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return days;
  }
}
