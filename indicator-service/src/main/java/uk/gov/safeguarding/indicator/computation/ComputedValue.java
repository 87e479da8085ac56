package uk.gov.safeguarding.indicator.computation;

/**
 * One computed indicator value for one area and year, with its intervals, benchmark values and
 * comparison outcomes (Fingertips method at 95% and 99.8%), quintile among LAs, and for LAs the
 * expected value from the context model.
 */
public record ComputedValue(
    String indicatorId,
    String areaCode,
    String oldLaCode,
    String areaName,
    String areaLevel,
    String regionCode,
    int collectionYear,
    String period,
    Double numerator,
    Double denominator,
    Double value,
    Double lower95,
    Double upper95,
    Double lower998,
    Double upper998,
    Double englandValue,
    Double regionValue,
    Double neighboursValue,
    String vsEngland95,
    String vsEngland998,
    String vsRegion95,
    String vsRegion998,
    String vsNeighbours95,
    String vsNeighbours998,
    Integer quintile,
    String quintileLabel,
    ExpectedValue expected) {

  ComputedValue withBenchmarks(
      Double england, Double region, Double neighbours,
      String e95, String e998, String r95, String r998, String n95, String n998) {
    return new ComputedValue(indicatorId, areaCode, oldLaCode, areaName, areaLevel, regionCode, collectionYear, period,
        numerator, denominator, value, lower95, upper95, lower998, upper998, england, region, neighbours,
        e95, e998, r95, r998, n95, n998, quintile, quintileLabel, expected);
  }

  ComputedValue withQuintile(Integer q, String label) {
    return new ComputedValue(indicatorId, areaCode, oldLaCode, areaName, areaLevel, regionCode, collectionYear, period,
        numerator, denominator, value, lower95, upper95, lower998, upper998, englandValue, regionValue, neighboursValue,
        vsEngland95, vsEngland998, vsRegion95, vsRegion998, vsNeighbours95, vsNeighbours998, q, label, expected);
  }

  ComputedValue withExpected(ExpectedValue e) {
    return new ComputedValue(indicatorId, areaCode, oldLaCode, areaName, areaLevel, regionCode, collectionYear, period,
        numerator, denominator, value, lower95, upper95, lower998, upper998, englandValue, regionValue, neighboursValue,
        vsEngland95, vsEngland998, vsRegion95, vsRegion998, vsNeighbours95, vsNeighbours998, quintile, quintileLabel, e);
  }
}
