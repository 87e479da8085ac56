package uk.gov.safeguarding.publication.content;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One published value: an indicator for one area and period, after disclosure control. Values
 * that are not published are null with a GSS {@code status} symbol. {@code dataSource} says where
 * the row comes from (a {@link DataSource} code).
 */
@JsonPropertyOrder({
  "timePeriod", "geographicLevel", "areaCode", "oldLaCode", "areaName", "regionCode", "indicatorId",
  "value", "status", "numerator", "denominator", "lower95", "upper95", "lower998", "upper998",
  "comparedWithEngland", "comparedWithRegion", "comparedWithNeighbours", "dataSource"
})
public record DataRow(
    String timePeriod,
    String geographicLevel,
    String areaCode,
    String oldLaCode,
    String areaName,
    String regionCode,
    String indicatorId,
    BigDecimal value,
    String status,
    BigDecimal numerator,
    BigDecimal denominator,
    BigDecimal lower95,
    BigDecimal upper95,
    BigDecimal lower998,
    BigDecimal upper998,
    String comparedWithEngland,
    String comparedWithRegion,
    String comparedWithNeighbours,
    String dataSource) {

  /** This row labelled with where it comes from ({@link DataSource#code()}). */
  public DataRow withDataSource(String source) {
    return new DataRow(
        timePeriod, geographicLevel, areaCode, oldLaCode, areaName, regionCode, indicatorId, value, status, numerator, denominator,
        lower95, upper95, lower998, upper998, comparedWithEngland, comparedWithRegion, comparedWithNeighbours, source);
  }

  /**
   * This cell with no figures and no comparisons, only a GSS {@link ValueStatus} symbol saying
   * why (suppressed, not available, not applicable); which cell it is and its source are kept.
   */
  public DataRow withheld(String symbol) {
    return new DataRow(
        timePeriod, geographicLevel, areaCode, oldLaCode, areaName, regionCode, indicatorId, null, symbol, null, null,
        null, null, null, null, null, null, null, dataSource);
  }

  /** Identity of the cell: indicator x area x period. */
  public String key() {
    return indicatorId + "|" + areaCode + "|" + timePeriod;
  }
}
