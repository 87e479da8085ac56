package uk.gov.safeguarding.indicator.values;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One value as the API gives it, against the chosen benchmark.
 *
 * @param comparison95 Fingertips outcome against the benchmark at 95%: BETTER, SIMILAR, WORSE (with
 *     polarity) or LOWER, SIMILAR, HIGHER (without); null when not comparable
 * @param comparison998 the same at 99.8%
 * @param quintile 1..5 among LAs (1 = best fifth with polarity, lowest fifth without)
 * @param trend earlier and this period's values for the same area, oldest first
 */
@Schema(name = "IndicatorValue")
public record ValueView(
    String indicatorId,
    String areaCode,
    String oldLaCode,
    String areaName,
    String areaLevel,
    String period,
    Double numerator,
    Double denominator,
    Double value,
    Double lower95,
    Double upper95,
    Double lower998,
    Double upper998,
    String benchmark,
    Double benchmarkValue,
    String comparison95,
    String comparison998,
    Integer quintile,
    String quintileLabel,
    List<TrendPoint> trend) {

  /** A period's value. */
  @Schema(name = "TrendPoint")
  public record TrendPoint(String period, Double value) {}
}
