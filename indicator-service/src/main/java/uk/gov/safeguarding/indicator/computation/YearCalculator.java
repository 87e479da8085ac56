package uk.gov.safeguarding.indicator.computation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.catalogue.IndicatorSpec;
import uk.gov.safeguarding.indicator.catalogue.Term;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.reference.Region;
import uk.gov.safeguarding.statistics.Comparison;
import uk.gov.safeguarding.statistics.Confidence;
import uk.gov.safeguarding.statistics.Funnels;
import uk.gov.safeguarding.statistics.Histogram;
import uk.gov.safeguarding.statistics.Interval;
import uk.gov.safeguarding.statistics.LinearModel;
import uk.gov.safeguarding.statistics.Outcome;
import uk.gov.safeguarding.statistics.PoissonLimits;
import uk.gov.safeguarding.reference.period.CollectionYear;
import uk.gov.safeguarding.statistics.Polarity;
import uk.gov.safeguarding.statistics.Proportions;
import uk.gov.safeguarding.statistics.Quantiles;

/**
 * Computes every catalogue indicator for one collection year from the LAs' latest measures. Pure
 * and deterministic: the same measures give the same result. Region and England values come from
 * summed counts (or merged distributions) over the LAs that have the indicator, never from
 * averaged rates; the statistical neighbours' benchmark likewise.
 */
public final class YearCalculator {
  public static final String LA = "LA";
  public static final String REGION = "REGION";
  public static final String ENGLAND = "ENGLAND";

  private final Catalogue catalogue;
  private final AreaDirectory areas;
  private final ContextData context;
  private final Map<String, Terms> terms = new HashMap<>();

  /** An indicator's numerator and denominator terms, parsed once. */
  private record Terms(List<Term> numerator, List<Term> denominator) {}

  public YearCalculator(Catalogue catalogue, AreaDirectory areas, ContextData context) {
    this.catalogue = catalogue;
    this.areas = areas;
    this.context = context;
    for (IndicatorSpec spec : catalogue.computed()) {
      terms.put(spec.id(), new Terms(spec.numerator().stream().map(Term::parse).toList(),
          spec.denominator().stream().map(Term::parse).toList()));
    }
  }

  public static YearCalculator standard() {
    return new YearCalculator(Catalogue.standard(), AreaDirectory.standard(), ContextData.standard());
  }

  /** Numerator and denominator (or merged distribution) of one area for one indicator. */
  private record Parts(double numerator, double denominator, Histogram distribution) {}

  /**
   * Computes one year. Indicators are independent of each other, so they are computed in parallel;
   * the result lists them in catalogue order, whatever the scheduling.
   */
  public YearResult compute(int year, Map<String, LaMeasures> measuresByLa) {
    return computeState(year, measuresByLa).result();
  }

  /** Computes one year from scratch, keeping what {@link #update} needs to follow later changes. */
  public YearState computeState(int year, Map<String, LaMeasures> measuresByLa) {
    return computeYear(year, measuresByLa, null, null);
  }

  /**
   * The same result as {@link #computeState} over {@code measuresByLa}, reusing the previous
   * state's work for every LA whose measures are unchanged (equal). What an LA's change reaches
   * is recomputed: its own values and intervals, its region's and England's pooled values, the
   * neighbour averages of every LA that lists it as a statistical neighbour; and what depends on
   * all LAs is recomputed in full from the kept parts (every comparison with England, region and
   * neighbours, the quintiles, the expected-value model and its predictions). An indicator none of
   * whose inputs changed for the changed LAs (its terms' sources, counts and distributions), with
   * the context unchanged, keeps its previous values and model whole. Pooled values are summed
   * again in the same order as from scratch, so every double is identical.
   */
  public YearState update(YearState previous, Map<String, LaMeasures> measuresByLa) {
    if (previous == null || previous.calculator != this) {
      return computeState(previous == null ? 0 : previous.year, measuresByLa);
    }
    Set<String> changed = new HashSet<>();
    for (LocalAuthority la : areas.liveAuthorities()) {
      if (!Objects.equals(previous.measures.get(la.gssCode()), measuresByLa.get(la.gssCode()))) {
        changed.add(la.gssCode());
      }
    }
    return computeYear(previous.year, measuresByLa, previous, changed);
  }

  private YearState computeYear(int year, Map<String, LaMeasures> measuresByLa, YearState previous, Set<String> changed) {
    String period = CollectionYear.of(year).label();
    Map<String, LaMeasures> input = Map.copyOf(measuresByLa);
    Histograms histograms = Histograms.of(changed == null
        ? input.values()
        : changed.stream().map(input::get).filter(Objects::nonNull).toList());
    boolean contextKept = previous != null && changed.stream().allMatch(la -> ContextData.sameUploads(previous.measures.get(la), input.get(la)));
    Map<String, double[]> vectors = contextKept ? previous.contextVectors : contextVectors(year, context.withUploads(year, input));
    Change change = changed == null ? null : new Change(changed, regionsOf(changed), neighbourReadersOf(changed));
    List<IndicatorResult> results = catalogue.computed().parallelStream()
        .map(spec -> {
          IndicatorResult before = previous == null ? null : previous.byIndicator.get(spec.id());
          if (before != null && contextKept && readsNoneOf(spec, changed, previous.measures, input)) {
            return before; // nothing this indicator reads has changed: every value and the model stand
          }
          return computeIndicator(spec, year, period, input, histograms, vectors, before == null ? null : before.state(), change);
        })
        .toList();
    List<ComputedValue> all = new ArrayList<>();
    List<ModelFit> models = new ArrayList<>();
    Map<String, IndicatorResult> byIndicator = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      IndicatorResult r = results.get(i);
      all.addAll(r.values());
      if (r.model() != null) {
        models.add(r.model());
      }
      byIndicator.put(catalogue.computed().get(i).id(), r);
    }
    return new YearState(this, year, input, vectors, byIndicator, new YearResult(year, period, List.copyOf(all), List.copyOf(models)));
  }

  /**
   * A computed year and what updating it reuses, per indicator. Immutable: an update makes a new
   * state and leaves this one valid, so states can be shared between threads.
   */
  public static final class YearState {
    private final YearCalculator calculator;
    private final int year;
    private final Map<String, LaMeasures> measures;
    private final Map<String, double[]> contextVectors;
    private final Map<String, IndicatorResult> byIndicator;
    private final YearResult result;

    private YearState(YearCalculator calculator, int year, Map<String, LaMeasures> measures,
        Map<String, double[]> contextVectors, Map<String, IndicatorResult> byIndicator, YearResult result) {
      this.calculator = calculator;
      this.year = year;
      this.measures = measures;
      this.contextVectors = contextVectors;
      this.byIndicator = byIndicator;
      this.result = result;
    }

    public int year() {
      return year;
    }

    /** The measures this state was computed from, by LA GSS code. */
    public Map<String, LaMeasures> measures() {
      return measures;
    }

    public YearResult result() {
      return result;
    }
  }

  /**
   * What one indicator keeps for the next update, per LA GSS code: the LA's parts (absent when it
   * has no value), its own value with intervals before any benchmark, its neighbours' pooled value,
   * and the Poisson limits of its observed count; per region GSS code the region's own value.
   */
  private record IndicatorState(
      Map<String, Parts> laParts,
      Map<String, ComputedValue> laOwn,
      Map<String, ComputedValue> regionOwn,
      Map<String, Double> neighboursValue,
      Map<String, Interval[]> countLimits) {
    static final IndicatorState EMPTY = new IndicatorState(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** The LAs whose measures changed, their regions, and the LAs that list any of them as a neighbour. */
  private record Change(Set<String> las, Set<String> regions, Set<String> neighbourReaders) {
    boolean reaches(String laGss) {
      return las.contains(laGss) || neighbourReaders.contains(laGss);
    }
  }

  /**
   * Each live LA's context variables for the year (by old code; absent when any is missing), read
   * once per year rather than once per indicator. They change only with an LA's uploads.
   */
  private Map<String, double[]> contextVectors(int year, ContextData yearContext) {
    Map<String, double[]> vectors = new HashMap<>();
    for (LocalAuthority la : areas.liveAuthorities()) {
      double[] x = yearContext.vector(la.oldCode(), year);
      if (x != null) {
        vectors.put(la.oldCode(), x);
      }
    }
    return vectors;
  }

  /**
   * Whether none of the changed LAs' inputs to this indicator changed: for each of its terms, the
   * presence of the term's source, and the count or the day distribution of its code. Conservative:
   * a count going from absent to zero counts as a change.
   */
  private boolean readsNoneOf(IndicatorSpec spec, Set<String> changedLas, Map<String, LaMeasures> before, Map<String, LaMeasures> now) {
    Terms t = terms.get(spec.id());
    for (String la : changedLas) {
      LaMeasures a = before.get(la);
      LaMeasures b = now.get(la);
      for (List<Term> side : List.of(t.numerator(), t.denominator())) {
        for (Term term : side) {
          String source = LaMeasures.sourceOf(term.code());
          boolean inA = a != null && a.sources().contains(source);
          boolean inB = b != null && b.sources().contains(source);
          if (inA != inB) {
            return false;
          }
          if (inA && !(term.distribution() || "QUANTILE".equals(spec.kind())
              ? Objects.equals(a.distributions().get(term.code()), b.distributions().get(term.code()))
              : Objects.equals(a.counts().get(term.code()), b.counts().get(term.code())))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private Set<String> regionsOf(Set<String> las) {
    Set<String> regions = new HashSet<>();
    for (String gss : las) {
      areas.la(gss).map(LocalAuthority::regionCode).ifPresent(regions::add);
    }
    return regions;
  }

  private Set<String> neighbourReadersOf(Set<String> las) {
    Set<String> readers = new HashSet<>();
    for (LocalAuthority la : areas.liveAuthorities()) {
      for (AreaDirectory.Neighbour n : areas.neighbours(la.gssCode())) {
        if (las.contains(n.la().gssCode())) {
          readers.add(la.gssCode());
          break;
        }
      }
    }
    return readers;
  }

  /** One indicator's values (England, regions, LAs), its expected-value model if fitted, and its state. */
  private record IndicatorResult(List<ComputedValue> values, ModelFit model, IndicatorState state) {}

  /** Each LA's distributions as histograms, built once per computation and then only read. */
  private record Histograms(Map<LaMeasures, Map<String, Histogram>> byLa) {
    static Histograms of(Iterable<LaMeasures> measures) {
      Map<LaMeasures, Map<String, Histogram>> byLa = new IdentityHashMap<>();
      for (LaMeasures m : measures) {
        Map<String, Histogram> byCode = new HashMap<>();
        m.distributions().forEach((code, d) -> byCode.put(code, d == null || d.isEmpty() ? Histogram.empty() : new Histogram(d)));
        byLa.put(m, byCode);
      }
      return new Histograms(byLa);
    }

    Histogram of(LaMeasures m, String code) {
      Map<String, Histogram> byCode = byLa.get(m);
      Histogram h = byCode == null ? null : byCode.get(code);
      return h == null ? Histogram.empty() : h;
    }
  }

  /**
   * One indicator. Without a previous state (or change) everything is computed; with them, what
   * the change cannot reach is taken from the previous state (see {@link #update}).
   */
  private IndicatorResult computeIndicator(
      IndicatorSpec spec, int year, String period, Map<String, LaMeasures> measuresByLa, Histograms histograms,
      Map<String, double[]> contextVectors, IndicatorState previous, Change change) {
    IndicatorState before = previous == null || change == null ? null : previous;
    List<ComputedValue> out = new ArrayList<>();
    List<Term> num = terms.get(spec.id()).numerator();
    List<Term> den = terms.get(spec.id()).denominator();
    Polarity polarity = Polarity.valueOf(spec.polarity());

    Map<String, Parts> laParts = new LinkedHashMap<>();
    for (LocalAuthority la : areas.liveAuthorities()) {
      Parts p;
      if (before != null && !change.las().contains(la.gssCode())) {
        p = before.laParts().get(la.gssCode());
      } else {
        LaMeasures m = measuresByLa.get(la.gssCode());
        p = m == null ? null : parts(spec, num, den, m, histograms);
      }
      if (p != null) {
        laParts.put(la.gssCode(), p);
      }
    }
    if (laParts.isEmpty()) {
      return new IndicatorResult(List.of(), null, IndicatorState.EMPTY);
    }
    // Aggregates: England (every LA, always), regions (those the change reaches)
    Parts englandParts = sum(spec, laParts.values());
    ComputedValue england = value(spec, year, period, AreaRegistry.ENGLAND_CODE, null, AreaRegistry.ENGLAND_NAME, ENGLAND, null, englandParts);
    Map<String, List<Parts>> byRegion = new LinkedHashMap<>();
    Map<String, LocalAuthority> laByGss = new HashMap<>();
    for (LocalAuthority la : areas.liveAuthorities()) {
      laByGss.put(la.gssCode(), la);
      Parts p = laParts.get(la.gssCode());
      if (p != null && la.regionCode() != null) {
        byRegion.computeIfAbsent(la.regionCode(), k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, ComputedValue> regions = new LinkedHashMap<>();
    for (Region region : areas.registry().regions()) {
      ComputedValue own;
      if (before != null && !change.regions().contains(region.gssCode())) {
        own = before.regionOwn().get(region.gssCode());
      } else {
        List<Parts> parts = byRegion.get(region.gssCode());
        own = parts == null ? null : value(spec, year, period, region.gssCode(), null, region.name(), REGION, null, sum(spec, parts));
      }
      if (own != null) {
        regions.put(region.gssCode(), own);
      }
    }
    Double englandValue = england.value();
    out.add(england);
    for (ComputedValue r : regions.values()) {
      out.add(r.withBenchmarks(englandValue, null, null,
          compare(r, false, englandValue, polarity), compare(r, true, englandValue, polarity), null, null, null, null));
    }
    // LAs with benchmarks: every LA's comparisons, as England's value moves with any LA's change
    Map<String, ComputedValue> laOwn = new HashMap<>();
    Map<String, Double> neighbours = new HashMap<>();
    List<ComputedValue> laValues = new ArrayList<>();
    for (Map.Entry<String, Parts> e : laParts.entrySet()) {
      LocalAuthority la = laByGss.get(e.getKey());
      boolean reached = before == null || change.las().contains(la.gssCode());
      ComputedValue v = reached
          ? value(spec, year, period, la.gssCode(), la.oldCode(), la.name(), LA, la.regionCode(), e.getValue())
          : before.laOwn().get(la.gssCode());
      laOwn.put(la.gssCode(), v);
      ComputedValue region = regions.get(la.regionCode());
      Double regionValue = region == null ? null : region.value();
      Double neighboursValue = before == null || change.reaches(la.gssCode())
          ? neighboursValue(spec, la, laParts)
          : before.neighboursValue().get(la.gssCode());
      neighbours.put(la.gssCode(), neighboursValue);
      laValues.add(v.withBenchmarks(englandValue, regionValue, neighboursValue,
          compare(v, false, englandValue, polarity), compare(v, true, englandValue, polarity),
          compare(v, false, regionValue, polarity), compare(v, true, regionValue, polarity),
          compare(v, false, neighboursValue, polarity), compare(v, true, neighboursValue, polarity)));
    }
    laValues = withQuintiles(laValues, polarity);
    List<ModelFit> models = new ArrayList<>(1);
    Map<String, Interval[]> countLimits = new HashMap<>();
    if (spec.expectedModel() && ("RATE".equals(spec.kind()) || "PROPORTION".equals(spec.kind()))) {
      laValues = withExpected(spec, year, laValues, models, contextVectors, countLimits, before, change);
    }
    out.addAll(laValues);
    Map<String, ComputedValue> regionOwn = new HashMap<>(regions);
    return new IndicatorResult(out, models.isEmpty() ? null : models.get(0),
        new IndicatorState(laParts, laOwn, regionOwn, neighbours, countLimits));
  }

  /** The pooled value of the LA's statistical neighbours that have the indicator, or null. */
  private Double neighboursValue(IndicatorSpec spec, LocalAuthority la, Map<String, Parts> laParts) {
    List<Parts> neighbourParts = new ArrayList<>();
    for (AreaDirectory.Neighbour n : areas.neighbours(la.gssCode())) {
      Parts p = laParts.get(n.la().gssCode());
      if (p != null) {
        neighbourParts.add(p);
      }
    }
    return neighbourParts.isEmpty() ? null : pointValue(spec, sum(spec, neighbourParts));
  }

  private static Parts parts(IndicatorSpec spec, List<Term> num, List<Term> den, LaMeasures m, Histograms histograms) {
    if ("QUANTILE".equals(spec.kind())) {
      Term t = num.get(0);
      if (!m.sources().contains(LaMeasures.sourceOf(t.code()))) {
        return null;
      }
      Histogram d = histograms.of(m, t.code());
      long total = d.total();
      return total == 0 ? null : new Parts(0, total, d);
    }
    Double n = total(num, m, histograms);
    Double d = total(den, m, histograms);
    if (n == null || d == null || d <= 0) {
      return null;
    }
    return new Parts(n, d, null);
  }

  private static Double total(List<Term> terms, LaMeasures m, Histograms histograms) {
    double sum = 0;
    for (Term t : terms) {
      if (!m.sources().contains(LaMeasures.sourceOf(t.code()))) {
        return null;
      }
      if (t.distribution()) {
        sum += histograms.of(m, t.code()).countBetween(t.from(), t.to());
      } else {
        sum += m.counts().getOrDefault(t.code(), 0.0);
      }
    }
    return sum;
  }

  private static Parts sum(IndicatorSpec spec, Iterable<Parts> parts) {
    double n = 0;
    double d = 0;
    List<Histogram> distributions = "QUANTILE".equals(spec.kind()) ? new ArrayList<>() : null;
    for (Parts p : parts) {
      n += p.numerator();
      d += p.denominator();
      if (distributions != null) {
        distributions.add(p.distribution());
      }
    }
    return new Parts(n, d, distributions == null ? null : Histogram.merge(distributions));
  }

  private static Double pointValue(IndicatorSpec spec, Parts p) {
    return switch (spec.kind()) {
      case "QUANTILE" -> nanToNull(p.distribution().quantile(spec.quantile()));
      case "RATE", "PROPORTION", "RATIO" -> p.numerator() / p.denominator() * spec.multiplier();
      default -> null;
    };
  }

  private ComputedValue value(
      IndicatorSpec spec, int year, String period, String code, String oldCode, String name, String level,
      String regionCode, Parts p) {
    Double value = pointValue(spec, p);
    Interval ci95 = null;
    Interval ci998 = null;
    if ("RATE".equals(spec.kind())) {
      ci95 = PoissonLimits.rate(p.numerator(), p.denominator(), spec.multiplier(), Confidence.C95);
      ci998 = PoissonLimits.rate(p.numerator(), p.denominator(), spec.multiplier(), Confidence.C998);
    } else if ("PROPORTION".equals(spec.kind()) && p.numerator() <= p.denominator()) {
      ci95 = Proportions.wilson(p.numerator(), p.denominator(), Confidence.C95).scaled(spec.multiplier());
      ci998 = Proportions.wilson(p.numerator(), p.denominator(), Confidence.C998).scaled(spec.multiplier());
    }
    boolean quantile = "QUANTILE".equals(spec.kind());
    return new ComputedValue(spec.id(), code, oldCode, name, level, regionCode, year, period,
        quantile ? null : p.numerator(), p.denominator(), value,
        ci95 == null ? null : ci95.lower(), ci95 == null ? null : ci95.upper(),
        ci998 == null ? null : ci998.lower(), ci998 == null ? null : ci998.upper(),
        null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static String compare(ComputedValue v, boolean at998, Double benchmark, Polarity polarity) {
    Double lo = at998 ? v.lower998() : v.lower95();
    Double hi = at998 ? v.upper998() : v.upper95();
    if (lo == null || hi == null || benchmark == null) {
      return null;
    }
    return Comparison.compare(new Interval(lo, hi), benchmark, polarity).name();
  }

  private static final String[] JUDGED = {"BEST", "BETTER", "MIDDLE", "WORSE", "WORST"};
  private static final String[] UNJUDGED = {"LOWEST", "LOW", "MIDDLE", "HIGH", "HIGHEST"};

  /** Fingertips quintiles: with polarity quintile 1 is the best fifth; without, the lowest. */
  private static List<ComputedValue> withQuintiles(List<ComputedValue> las, Polarity polarity) {
    Double[] values = las.stream().map(ComputedValue::value).toArray(Double[]::new);
    Integer[] q = Quantiles.assign(values, 5, polarity == Polarity.HIGH_IS_GOOD);
    List<ComputedValue> out = new ArrayList<>(las.size());
    for (int i = 0; i < las.size(); i++) {
      String label = q[i] == null ? null : (polarity == Polarity.NO_JUDGEMENT ? UNJUDGED : JUDGED)[q[i] - 1];
      out.add(las.get(i).withQuintile(q[i], label));
    }
    return out;
  }

  private List<ComputedValue> withExpected(
      IndicatorSpec spec, int year, List<ComputedValue> las, List<ModelFit> models, Map<String, double[]> contextVectors,
      Map<String, Interval[]> countLimits, IndicatorState before, Change change) {
    List<LinearModel.Observation> obs = new ArrayList<>();
    double[][] xs = new double[las.size()][];
    for (int i = 0; i < las.size(); i++) {
      ComputedValue v = las.get(i);
      double[] x = contextVectors.get(v.oldLaCode());
      if (x != null && v.value() != null) {
        xs[i] = x;
        obs.add(new LinearModel.Observation(v.value(), x));
      }
    }
    LinearModel model = LinearModel.fit(ContextData.VARIABLES, obs);
    if (model == null) {
      return las;
    }
    List<Double> coefficients = new ArrayList<>();
    for (double c : model.coefficients()) {
      coefficients.add(c);
    }
    models.add(new ModelFit(spec.id(), year, model.variables(), coefficients, model.rSquared(),
        model.adjustedRSquared(), model.residualStandardError(), model.observations()));
    List<ComputedValue> out = new ArrayList<>(las.size());
    for (int i = 0; i < las.size(); i++) {
      ComputedValue v = las.get(i);
      double[] x = xs[i];
      if (x == null) {
        out.add(v);
        continue;
      }
      double expectedValue = model.predict(x);
      double expectedCount = expectedValue * v.denominator() / spec.multiplier();
      if (expectedCount <= 0) {
        out.add(v);
        continue;
      }
      double observed = v.numerator();
      Interval[] limits = before == null || change.las().contains(v.areaCode()) ? null : before.countLimits().get(v.areaCode());
      if (limits == null) {
        limits = new Interval[] {PoissonLimits.count(observed, Confidence.C95), PoissonLimits.count(observed, Confidence.C998)};
      }
      countLimits.put(v.areaCode(), limits);
      Interval c95 = limits[0];
      Interval c998 = limits[1];
      out.add(v.withExpected(new ExpectedValue(expectedValue, v.value() - expectedValue, expectedCount, observed,
          observed / expectedCount, c95.lower() / expectedCount, c95.upper() / expectedCount,
          c998.lower() / expectedCount, c998.upper() / expectedCount,
          Funnels.ratioSignificance(observed, expectedCount).name())));
    }
    return out;
  }

  private static Double nanToNull(double d) {
    return Double.isNaN(d) ? null : d;
  }

  /** Whether an outcome name is a significant difference. */
  public static boolean significant(String outcome) {
    return outcome != null && Outcome.valueOf(outcome).isSignificant();
  }
}
