package uk.gov.safeguarding.indicator.computation;

import java.util.Map;
import uk.gov.safeguarding.events.MeasureCodes;
import java.util.Set;

/**
 * The latest measures of one LA for one collection year, merged across sources: counts and day
 * distributions keyed by measure code, and which sources are present.
 */
public record LaMeasures(
    String laCode,
    Set<String> sources,
    Map<String, Double> counts,
    Map<String, Map<Integer, Long>> distributions) {

  /** The source that carries a measure code (codes are never shared between sources). */
  public static String sourceOf(String code) {
    return MeasureCodes.sourceOf(code).name();
  }
}
