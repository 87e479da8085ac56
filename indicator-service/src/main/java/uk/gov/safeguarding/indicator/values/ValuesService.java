package uk.gov.safeguarding.indicator.values;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.catalogue.IndicatorSpec;
import uk.gov.safeguarding.indicator.computation.AreaDirectory;
import uk.gov.safeguarding.indicator.computation.ComputedValue;
import uk.gov.safeguarding.indicator.computation.YearResult;
import uk.gov.safeguarding.indicator.snapshot.SnapshotStore;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.reference.AreaRegistry;

/** Reads computed values with benchmarks and trends. */
@ApplicationScoped
public class ValuesService {
  public static final int TREND_YEARS = 5;

  @Inject SnapshotStore store;
  @Inject Access access;

  public ValuesPage values(String indicatorId, String area, String period, String benchmark) {
    IndicatorSpec spec = Catalogue.standard().find(indicatorId).orElseThrow(() -> ProblemException.notFound("No indicator with this id"));
    String bench = benchmark == null || benchmark.isBlank() ? "england" : benchmark.trim().toLowerCase(Locale.ROOT);
    if (!List.of("england", "region", "neighbours").contains(bench)) {
      throw ProblemException.validation("benchmark", "BenchmarkValue", "benchmark must be england, region or neighbours");
    }
    String areaCode = area == null || area.isBlank() ? null : resolveArea(area);
    access.requireReader();
    List<Integer> years = store.years();
    int year = Periods.resolve(period, years);
    YearResult result = store.year(year).orElse(null);
    if (result == null) {
      throw ProblemException.notFound("No indicator values for this period");
    }
    List<ComputedValue> selected = result.values().stream()
        .filter(v -> v.indicatorId().equals(spec.id()))
        .filter(v -> areaCode == null || v.areaCode().equals(areaCode))
        .filter(access::mayRead)
        .toList();
    if (areaCode != null && selected.isEmpty()) {
      result.values().stream()
          .filter(v -> v.indicatorId().equals(spec.id()) && v.areaCode().equals(areaCode))
          .findFirst()
          .ifPresent(v -> access.requireLa(v.oldLaCode()));
    }
    Map<String, List<ValueView.TrendPoint>> trends = trends(spec.id(), year, years, selected);
    List<ValueView> views = selected.stream().map(v -> viewOf(v, bench, trends.get(v.areaCode()))).toList();
    return new ValuesPage(spec, result.period(), bench, views);
  }

  /** The model fit of the indicator for the period and the expected values of the LAs the caller may read. */
  public ModelView model(String indicatorId, String period) {
    IndicatorSpec spec = Catalogue.standard().find(indicatorId).orElseThrow(() -> ProblemException.notFound("No indicator with this id"));
    access.requireReader();
    int year = Periods.resolve(period, store.years());
    YearResult result = store.year(year).orElseThrow(() -> ProblemException.notFound("No indicator values for this period"));
    var fit = result.models().stream().filter(m -> m.indicatorId().equals(spec.id())).findFirst()
        .orElseThrow(() -> ProblemException.notFound("No expected-value model for this indicator and period"));
    List<ModelView.LaExpected> las = result.values().stream()
        .filter(v -> v.indicatorId().equals(spec.id()) && v.expected() != null)
        .filter(access::mayRead)
        .map(v -> new ModelView.LaExpected(v.areaCode(), v.oldLaCode(), v.areaName(), v.value(), v.expected()))
        .toList();
    return new ModelView(spec.id(), result.period(), fit, las);
  }

  public static ValueView viewOf(ComputedValue v, String bench, List<ValueView.TrendPoint> trend) {
    Double benchmarkValue;
    String c95;
    String c998;
    switch (bench) {
      case "region" -> { benchmarkValue = v.regionValue(); c95 = v.vsRegion95(); c998 = v.vsRegion998(); }
      case "neighbours" -> { benchmarkValue = v.neighboursValue(); c95 = v.vsNeighbours95(); c998 = v.vsNeighbours998(); }
      default -> { benchmarkValue = v.englandValue(); c95 = v.vsEngland95(); c998 = v.vsEngland998(); }
    }
    return new ValueView(v.indicatorId(), v.areaCode(), v.oldLaCode(), v.areaName(), v.areaLevel(), v.period(),
        v.numerator(), v.denominator(), v.value(), v.lower95(), v.upper95(), v.lower998(), v.upper998(),
        bench, benchmarkValue, c95, c998, v.quintile(), v.quintileLabel(), trend == null ? List.of() : trend);
  }

  /** The values of the same areas in up to five periods ending with this one. */
  public Map<String, List<ValueView.TrendPoint>> trends(String indicatorId, int year, List<Integer> years, List<ComputedValue> selected) {
    var areaCodes = selected.stream().map(ComputedValue::areaCode).collect(Collectors.toSet());
    return trendPoints(year, years, v -> v.indicatorId().equals(indicatorId) && areaCodes.contains(v.areaCode()), ComputedValue::areaCode);
  }

  /**
   * Every indicator's trend for one area up to {@code year}: each year's result is read once, as
   * the profile needs all of them (indicator id to points, oldest first).
   */
  public Map<String, List<ValueView.TrendPoint>> trendsOfArea(String areaCode, int year, List<Integer> years) {
    return trendPoints(year, years, v -> v.areaCode().equals(areaCode), ComputedValue::indicatorId);
  }

  /** The values of the trend window up to {@code year} that match, as points grouped by {@code key}. */
  private Map<String, List<ValueView.TrendPoint>> trendPoints(
      int year, List<Integer> years, java.util.function.Predicate<ComputedValue> match, java.util.function.Function<ComputedValue, String> key) {
    Map<String, List<ValueView.TrendPoint>> trends = new java.util.HashMap<>();
    for (Integer y : years) {
      if (y > year || y <= year - TREND_YEARS) {
        continue;
      }
      store.year(y).ifPresent(res -> res.values().stream()
          .filter(match)
          .forEach(v -> trends.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(new ValueView.TrendPoint(v.period(), v.value()))));
    }
    return trends;
  }

  /** GSS code of an LA (by GSS or old code), a region, or England; 400 when unknown. */
  public static String resolveArea(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (AreaRegistry.ENGLAND_CODE.equals(c)) {
      return c;
    }
    AreaRegistry registry = AreaDirectory.standard().registry();
    if (registry.region(c).isPresent() && c.startsWith("E12")) {
      return c;
    }
    return registry.find(c).map(la -> la.gssCode())
        .orElseThrow(() -> ProblemException.validation("area", "UnknownArea", "area must be a live LA (GSS or old code), a region (E12) or England (E92000001)"));
  }
}
