package uk.gov.safeguarding.publication.content;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a published row comes from, so that nobody takes a value computed by this platform for a
 * DfE published statistic: every row carries the code ({@code data_source} in the CSV,
 * {@code dataSource} in the JSON) and every data set says which it holds, with its methods.
 */
public enum DataSource {
  DFE_PUBLISHED_STATISTICS(
      "dfe-published-statistics",
      "Imported from DfE published statistics (Local Authority Interactive Tool, 2015-16 to 2024-25), mapped to catalogue indicators; confidence intervals only where the published figures gave numerators and denominators, no benchmark comparisons."),
  COMPUTED(
      "computed",
      "Computed by this platform from local authorities' Children in Need census and workforce returns. In the local demo every return is synthetic (generated test data): these are not DfE figures."),
  LOCAL_AUTHORITY(
      "local-authority",
      "Local measures that a local authority collected and chose to publish, as aggregates after disclosure control.");

  private final String code;
  private final String description;

  DataSource(String code, String description) {
    this.code = code;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public static Optional<DataSource> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** The rows, each labelled with this source. */
  public List<DataRow> label(List<DataRow> rows) {
    return rows.stream().map(r -> r.withDataSource(code)).toList();
  }

  /** How the values, confidence intervals and comparisons of this source are computed, named for the metadata. */
  public Map<String, String> methods() {
    Map<String, String> m = new LinkedHashMap<>();
    switch (this) {
      case COMPUTED -> {
        m.put("rates", "Numerator / denominator x multiplier (e.g. per 10,000 children aged 0-17; population from the uploaded ONS mid-year estimates).");
        m.put("confidenceIntervalsForRates", "Poisson limits: exact (chi-squared) below 10 events, Byar's approximation from 10 (PHEindicatormethods phe_rate, Breslow and Day 1987), at 95% and 99.8%.");
        m.put("confidenceIntervalsForProportions", "Wilson score interval (PHEindicatormethods phe_proportion), at 95% and 99.8%.");
        m.put("comparisons", "Fingertips' 'confidence intervals overlapping reference value': the benchmark is tested against the area's 95% confidence interval. SIMILAR when the interval contains it; otherwise HIGHER or LOWER, reported as BETTER or WORSE when the indicator has a polarity (LOW_IS_GOOD or HIGH_IS_GOOD).");
        m.put("benchmarks", "England: all local authorities pooled. Region: the local authorities of the area's region pooled. Statistical neighbours: the area's ten DfE statistical neighbours' numerators and denominators pooled.");
        m.put("disclosureControl", "Local-authority counts of 1 to 5 suppressed (c) with secondary suppression within regions; national and regional counts rounded to 10; rates, percentages and their limits to one decimal place.");
      }
      case DFE_PUBLISHED_STATISTICS -> {
        m.put("values", "As published by DfE (LAIT), mapped to catalogue indicators.");
        m.put("confidenceIntervalsForRates", "Poisson limits (as for computed values) only where numerators and denominators were published.");
        m.put("comparisons", "None: the historical series carries no benchmark comparisons.");
      }
      case LOCAL_AUTHORITY -> m.put("values", "As submitted by the local authority, after disclosure control.");
    }
    return m;
  }
}
