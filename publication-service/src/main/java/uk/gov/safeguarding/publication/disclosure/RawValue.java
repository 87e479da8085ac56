package uk.gov.safeguarding.publication.disclosure;

import java.math.BigDecimal;

/**
 * An unsuppressed value as it arrives from upstream (indicator-service, local evidence or the
 * historical import), before disclosure control. Never published as such.
 */
public record RawValue(
    String indicatorId,
    String areaCode,
    String oldLaCode,
    String areaName,
    String regionCode,
    String geographicLevel,
    String timePeriod,
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
