package uk.gov.safeguarding.events;

import java.math.BigDecimal;

/**
 * One indicator value for one area and period.
 *
 * @param areaCode GSS code (LA E06/E08/E09/E10, region E12, England E92000001)
 * @param areaLevel LA, REGION or ENGLAND
 * @param period collection year label, e.g. "2024-25"
 * @param value null when it cannot be computed
 * @param comparedWithEngland Fingertips-style outcome (e.g. SIMILAR, BETTER, WORSE, LOWER,
 *     HIGHER) or null
 */
public record IndicatorValue(
    String indicatorId,
    String areaCode,
    String oldLaCode,
    String areaName,
    String areaLevel,
    String period,
    BigDecimal numerator,
    BigDecimal denominator,
    BigDecimal value,
    BigDecimal lower95,
    BigDecimal upper95,
    BigDecimal lower998,
    BigDecimal upper998,
    String comparedWithEngland,
    String comparedWithRegion,
    String comparedWithNeighbours) {}
