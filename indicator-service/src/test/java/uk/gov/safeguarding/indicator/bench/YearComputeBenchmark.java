package uk.gov.safeguarding.indicator.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.catalogue.IndicatorSpec;
import uk.gov.safeguarding.indicator.catalogue.Term;
import uk.gov.safeguarding.indicator.computation.AreaDirectory;
import uk.gov.safeguarding.indicator.computation.LaMeasures;
import uk.gov.safeguarding.indicator.computation.SyntheticMeasures;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.indicator.computation.YearResult;
import uk.gov.safeguarding.indicator.snapshot.FastDoubles;
import uk.gov.safeguarding.indicator.snapshot.SnapshotEvents;

/**
 * Recompute cost for 153 LAs x every computed indicator (synthetic measures for all sources).
 * Baseline: the bare point values (sum and divide, no intervals, benchmarks, quintiles or models)
 * over the same data, measured in the same run. Run: see docs/benchmarks/indicator-service.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class YearComputeBenchmark {
  private final YearCalculator calculator = YearCalculator.standard();
  private final Map<Integer, Map<String, LaMeasures>> years = new HashMap<>();

  private List<IndicatorSpec> specs;
  private final Map<String, List<Term>> numerators = new HashMap<>();
  private final Map<String, List<Term>> denominators = new HashMap<>();

  @Setup
  public void setup() {
    specs = Catalogue.standard().computed().stream().filter(s -> !"QUANTILE".equals(s.kind())).toList();
    for (IndicatorSpec spec : specs) {
      numerators.put(spec.id(), spec.numerator().stream().map(Term::parse).toList());
      denominators.put(spec.id(), spec.denominator().stream().map(Term::parse).toList());
    }
    for (int y = 2016; y <= 2025; y++) {
      years.put(y, SyntheticMeasures.allLas(AreaDirectory.standard().liveAuthorities(), y));
    }
  }

  /** One collection year: what the recompute job does after one LA's new return. */
  @Benchmark
  public YearResult oneYear() {
    return calculator.compute(2025, years.get(2025));
  }

  /** One year including the event mapping and its SHA-256 content hash. */
  @Benchmark
  public String oneYearWithSnapshotEvent() {
    YearResult r = calculator.compute(2025, years.get(2025));
    var definitions = SnapshotEvents.definitions(Catalogue.standard());
    return SnapshotEvents.contentHash(definitions, SnapshotEvents.values(Catalogue.standard(), r));
  }

  /** Full recompute of ten collection years. */
  @Benchmark
  public void tenYears(Blackhole bh) {
    for (int y = 2016; y <= 2025; y++) {
      bh.consume(calculator.compute(y, years.get(y)));
    }
  }

  private final ObjectMapper jdkDoubles = new ObjectMapper();
  private final ObjectMapper fastDoubles = new ObjectMapper();
  private YearResult stored;

  @Setup
  public void storage() {
    new FastDoubles().customize(fastDoubles);
    stored = calculator.compute(2025, years.get(2025));
  }

  /** Storing a computed year as JSON (what year_snapshot holds), the mapper's default double writer: the baseline of the next. */
  @Benchmark
  public String storeResultJdkDoubles() throws Exception {
    return jdkDoubles.writeValueAsString(stored);
  }

  /** The same with the service's mapper (Jackson's fast double writer). */
  @Benchmark
  public String storeResultFastDoubles() throws Exception {
    return fastDoubles.writeValueAsString(stored);
  }

  /** Baseline: bare point values (terms pre-parsed) of every non-quantile indicator for one year, same data. */
  @Benchmark
  public double baselinePointValuesOneYear() {
    double checksum = 0;
    for (IndicatorSpec spec : specs) {
      List<Term> num = numerators.get(spec.id());
      List<Term> den = denominators.get(spec.id());
      for (LaMeasures m : years.get(2025).values()) {
        double n = 0;
        double d = 0;
        for (Term t : num) {
          n += value(t, m);
        }
        for (Term t : den) {
          d += value(t, m);
        }
        checksum += d == 0 ? 0 : n / d * spec.multiplier();
      }
    }
    return checksum;
  }

  private static double value(Term t, LaMeasures m) {
    if (!t.distribution()) {
      return m.counts().getOrDefault(t.code(), 0.0);
    }
    long sum = 0;
    for (var e : m.distributions().getOrDefault(t.code(), Map.of()).entrySet()) {
      if (e.getKey() >= t.from() && e.getKey() <= t.to()) {
        sum += e.getValue();
      }
    }
    return sum;
  }
}
