package uk.gov.safeguarding.ingestion.sourcedata;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a dataset names its periods, and which collection year (the year ending 31 March in which
 * the CIN census collection ends) each period feeds.
 */
public enum PeriodType {
  /**
   * An ONS mid-year estimate, named by its year ("2024" = 30 June 2024). 30 June 2024 falls in the
   * collection year 2024-25, so "2024" is the denominator of collection year 2025.
   */
  MID_YEAR("YYYY, e.g. 2024 for the mid-2024 estimate (feeds collection year 2024-25)", Pattern.compile("(\\d{4})")) {
    @Override
    int collectionYear(Matcher m) {
      return Integer.parseInt(m.group(1)) + 1;
    }
  },
  /** A financial year, 1 April to 31 March ("2024-25"): the same span as the collection year 2024-25. */
  FINANCIAL_YEAR("YYYY-YY, e.g. 2024-25 (April 2024 to March 2025, collection year 2024-25)", Pattern.compile("(\\d{4})-(\\d{2})")) {
    @Override
    int collectionYear(Matcher m) {
      return Integer.parseInt(m.group(1)) + 1;
    }
  },
  /**
   * An academic year, September to August ("2024-25"), fed to the collection year ending in the
   * same spring (2024-25): the January school census and most of the school year fall inside it.
   */
  ACADEMIC_YEAR("YYYY-YY, e.g. 2024-25 (September 2024 to August 2025, collection year 2024-25)", Pattern.compile("(\\d{4})-(\\d{2})")) {
    @Override
    int collectionYear(Matcher m) {
      return Integer.parseInt(m.group(1)) + 1;
    }
  };

  private final String format;
  private final Pattern pattern;

  PeriodType(String format, Pattern pattern) {
    this.format = format;
    this.pattern = pattern;
  }

  abstract int collectionYear(Matcher m);

  /** A human description of the period's format. */
  public String format() {
    return format;
  }

  /** The collection year a period feeds, or empty when the text is not a period of this type. */
  public OptionalInt collectionYear(String period) {
    if (period == null) {
      return OptionalInt.empty();
    }
    Matcher m = pattern.matcher(period);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    if (m.groupCount() == 2) {
      int start = Integer.parseInt(m.group(1));
      if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(collectionYear(m));
  }

  /** The period of this type that feeds a collection year (the inverse of {@link #collectionYear(String)}). */
  public String periodOf(int collectionYear) {
    return switch (this) {
      case MID_YEAR -> String.valueOf(collectionYear - 1);
      case FINANCIAL_YEAR, ACADEMIC_YEAR -> (collectionYear - 1) + "-" + String.format("%02d", collectionYear % 100);
    };
  }
}
