package uk.gov.safeguarding.indicator.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One catalogue indicator, as defined in {@code catalogue/indicators.json}.
 *
 * @param kind RATE (Poisson limits), PROPORTION (Wilson), RATIO (no interval), QUANTILE (of a
 *     distribution, no interval) or NOT_COMPUTED
 * @param numerator measure terms summed: a code ({@code REFERRALS}) or a distribution range
 *     ({@code DAYS_S47_TO_ICPC[0..10]}, {@code [21..]}, {@code [*]})
 * @param frameworkItem the national item of the framework (N1-N27) this indicator measures, or null
 * @param beyondFramework for an indicator with no framework item: where it comes from instead
 * @param status COMPUTED_FROM_RETURNS, COMPUTED_FROM_OTHER_SOURCE_UPLOADS or NOT_COLLECTED
 */
@Schema(name = "Indicator", description = "A catalogue indicator of the safeguarding performance information framework")
public record IndicatorSpec(
    String id,
    String title,
    String theme,
    String frameworkItem,
    String beyondFramework,
    boolean regionalSet,
    String definition,
    String kind,
    List<String> numerator,
    List<String> denominator,
    Double multiplier,
    Double quantile,
    String unit,
    int decimalPlaces,
    String polarity,
    String source,
    String status,
    String statusReason,
    boolean expectedModel) {

  public static final String NOT_COLLECTED = "NOT_COLLECTED";

  public boolean computed() {
    return !NOT_COLLECTED.equals(status) && !"NOT_COMPUTED".equals(kind);
  }
}
