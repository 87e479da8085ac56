package uk.gov.safeguarding.events;

/**
 * The published metadata of one catalogue indicator, carried with its values so that consumers
 * need no synchronous call to indicator-service.
 *
 * @param unit e.g. "rate per 10,000 children", "percent", "working days", "count"
 * @param polarity LOW_IS_GOOD, HIGH_IS_GOOD or NO_JUDGEMENT
 * @param frameworkItem the safeguarding performance information framework's national item the
 *     indicator measures (N1-N27), or null for an indicator beyond the framework (schema v2; events
 *     of v1 carry none)
 */
public record IndicatorDefinition(
    String id,
    String title,
    String theme,
    String unit,
    int decimalPlaces,
    String polarity,
    String source,
    String frameworkItem) {

  /** An indicator without a framework item (beyond the framework, or from a v1 event). */
  public IndicatorDefinition(String id, String title, String theme, String unit, int decimalPlaces, String polarity, String source) {
    this(id, title, theme, unit, decimalPlaces, polarity, source, null);
  }
}
