package uk.gov.safeguarding.reference.period;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A collection year of the CIN census and the statistics built on it: 1 April to 31 March, named
 * by the year it ends (collection year 2025 is 1 April 2024 to 31 March 2025, published as
 * "2024-25"; its census date is 31 March 2025). Financial years share the span and the label.
 *
 * @param endYear the year the collection ends (the header {@code Year} of a CIN return)
 */
public record CollectionYear(int endYear) implements Comparable<CollectionYear> {
  private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

  public static CollectionYear of(int endYear) {
    return new CollectionYear(endYear);
  }

  /**
   * The collection year a label names: "2024-25" is collection year 2025. Empty when the text is
   * not four digits, a hyphen and the next year's last two digits ("2024-26" and "2024/25" are not
   * labels).
   */
  public static Optional<CollectionYear> parse(String label) {
    if (label == null) {
      return Optional.empty();
    }
    Matcher m = LABEL.matcher(label);
    if (!m.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(m.group(1));
    if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
      return Optional.empty();
    }
    return Optional.of(new CollectionYear(start + 1));
  }

  /** The year the collection starts (1 April of it). */
  public int startYear() {
    return endYear - 1;
  }

  /** "2024-25" for collection year 2025. */
  public String label() {
    return startYear() + "-" + String.format("%02d", Math.floorMod(endYear, 100));
  }

  /** 1 April of the start year: the first day of the census period. */
  public LocalDate start() {
    return LocalDate.of(startYear(), 4, 1);
  }

  /** 31 March of the end year: the census (reference) date and the last day of the period. */
  public LocalDate censusDate() {
    return LocalDate.of(endYear, 3, 31);
  }

  /** Whether {@code d} falls in the period, both ends included. */
  public boolean contains(LocalDate d) {
    return d != null && !d.isBefore(start()) && !d.isAfter(censusDate());
  }

  @Override
  public int compareTo(CollectionYear other) {
    return Integer.compare(endYear, other.endYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
