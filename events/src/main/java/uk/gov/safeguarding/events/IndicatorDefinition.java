package uk.gov.safeguarding.events;

/**
 * The published metadata of one catalogue indicator, carried with its values so that consumers
 * need no synchronous call to indicator-service.
 *
 * @param unit e.g. "rate per 10,000 children", "percent", "working days", "count"
 * @param polarity LOW_IS_GOOD, HIGH_IS_GOOD or NO_JUDGEMENT
 */
public record IndicatorDefinition(
    String id,
    String title,
    String theme,
    String unit,
    int decimalPlaces,
    String polarity,
    String source) {}
