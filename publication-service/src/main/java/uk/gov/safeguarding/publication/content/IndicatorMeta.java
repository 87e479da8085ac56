package uk.gov.safeguarding.publication.content;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;

/**
 * The published metadata of one indicator in a data set. Its JSON property order is pinned: the
 * derived {@code count}, {@code percent} and {@code rateOrPercent} otherwise follow the JVM's
 * reflection order of methods, which differs between runs, so the same content rendered to other
 * bytes (and another content hash) after a restart.
 *
 * @param unit e.g. "rate per 10,000 children", "percent", "count", "working days"
 * @param polarity LOW_IS_GOOD, HIGH_IS_GOOD or NO_JUDGEMENT
 * @param frameworkItem the framework's national item (N1-N27) the indicator measures, null beyond
 *     the framework or where the source did not say (the imported history, v1 indicator events)
 */
@JsonPropertyOrder({
  "id", "title", "theme", "unit", "decimalPlaces", "polarity", "source", "frameworkItem", "count", "percent", "rateOrPercent"
})
public record IndicatorMeta(
    String id, String title, String theme, String unit, int decimalPlaces, String polarity, String source, String frameworkItem) {

  /** Metadata without a framework item. */
  public IndicatorMeta(String id, String title, String theme, String unit, int decimalPlaces, String polarity, String source) {
    this(id, title, theme, unit, decimalPlaces, polarity, source, null);
  }

  /** A count of children or events: LA values 1-5 are suppressed, national/regional ones rounded to 10. */
  public boolean isCount() {
    String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
    return u.equals("count") || u.startsWith("number") || u.startsWith("count");
  }

  /** A rate or percentage: published to one decimal place. */
  public boolean isRateOrPercent() {
    String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
    return u.contains("rate") || u.contains("per ") || u.contains("percent") || u.contains("%");
  }

  public boolean isPercent() {
    String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
    return u.contains("percent") || u.contains("%");
  }
}
