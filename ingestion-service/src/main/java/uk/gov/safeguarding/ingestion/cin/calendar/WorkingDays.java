package uk.gov.safeguarding.ingestion.cin.calendar;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England: Monday to Friday except England and Wales bank holidays, which are
 * kept as data in {@code cin/bank-holidays-england.csv} (GOV.UK bank holidays, 2019 to 2027).
 */
public final class WorkingDays {
  private static final WorkingDays ENGLAND = load("/cin/bank-holidays-england.csv");

  private final TreeSet<LocalDate> holidays;

  WorkingDays(Set<LocalDate> holidays) {
    this.holidays = new TreeSet<>(holidays);
  }

  public static WorkingDays england() {
    return ENGLAND;
  }

  public LocalDate firstKnown() {
    return holidays.first();
  }

  public LocalDate lastKnown() {
    return holidays.last();
  }

  public static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  public boolean bankHoliday(LocalDate d) {
    return holidays.contains(d);
  }

  public boolean workingDay(LocalDate d) {
    return !weekend(d) && !bankHoliday(d);
  }

  /** The date {@code n} working days before {@code from} (n = 0: from itself). */
  public LocalDate minus(LocalDate from, int n) {
    LocalDate d = from;
    int left = n;
    while (left > 0) {
      d = d.minusDays(1);
      if (workingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** The date {@code n} working days after {@code from}. */
  public LocalDate plus(LocalDate from, int n) {
    LocalDate d = from;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (workingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** Working days after {@code start} up to and including {@code end} (0 when end is not after start). */
  public int between(LocalDate start, LocalDate end) {
    int n = 0;
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (workingDay(d)) {
        n++;
      }
    }
    return n;
  }

  private static WorkingDays load(String resource) {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    Set<LocalDate> days = new TreeSet<>();
    try (InputStream in = WorkingDays.class.getResourceAsStream(resource);
        MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(in)) {
      while (it.hasNext()) {
        days.add(LocalDate.parse(it.next().get("date")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WorkingDays(days);
  }
}
