package uk.gov.safeguarding.ingestion.sourcedata;

import java.util.OptionalInt;
import java.util.regex.Pattern;
import uk.gov.safeguarding.reference.period.CollectionYear;

/**
 * How a dataset names its periods, and which collection year (the year ending 31 March in which
 * the CIN census collection ends) each period feeds.
 */
public enum PeriodType {
  /**
   * An ONS mid-year estimate, named by its year ("2024" = 30 June 2024). 30 June 2024 falls in the
   * collection year 2024-25, so "2024" is the denominator of collection year 2025.
   */
  MID_YEAR("YYYY, e.g. 2024 for the mid-2024 estimate (feeds collection year 2024-25)"),
  /** A financial year, 1 April to 31 March ("2024-25"): the same span as the collection year 2024-25. */
  FINANCIAL_YEAR("YYYY-YY, e.g. 2024-25 (April 2024 to March 2025, collection year 2024-25)"),
  /**
   * An academic year, September to August ("2024-25"), fed to the collection year ending in the
   * same spring (2024-25): the January school census and most of the school year fall inside it.
   */
  ACADEMIC_YEAR("YYYY-YY, e.g. 2024-25 (September 2024 to August 2025, collection year 2024-25)");

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final String format;

  PeriodType(String format) {
    this.format = format;
  }

  /** A human description of the period's format. */
  public String format() {
    return format;
  }

  /** The collection year a period feeds, or empty when the text is not a period of this type. */
  public OptionalInt collectionYear(String period) {
    if (period == null) {
      return OptionalInt.empty();
    }
    if (this == MID_YEAR) {
      return YEAR.matcher(period).matches() ? OptionalInt.of(Integer.parseInt(period) + 1) : OptionalInt.empty();
    }
    return CollectionYear.parse(period).map(y -> OptionalInt.of(y.endYear())).orElse(OptionalInt.empty());
  }

  /** The period of this type that feeds a collection year (the inverse of {@link #collectionYear(String)}). */
  public String periodOf(int collectionYear) {
    CollectionYear year = CollectionYear.of(collectionYear);
    return this == MID_YEAR ? String.valueOf(year.startYear()) : year.label();
  }
}
