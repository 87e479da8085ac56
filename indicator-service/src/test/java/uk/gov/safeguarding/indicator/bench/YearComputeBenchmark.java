package uk.gov.safeguarding.indicator.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.events.IndicatorsComputed;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.catalogue.IndicatorSpec;
import uk.gov.safeguarding.indicator.catalogue.Term;
import uk.gov.safeguarding.indicator.computation.AreaDirectory;
import uk.gov.safeguarding.indicator.computation.ComputedValue;
import uk.gov.safeguarding.indicator.computation.LaMeasures;
import uk.gov.safeguarding.indicator.computation.SyntheticMeasures;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.indicator.computation.YearResult;
import uk.gov.safeguarding.indicator.snapshot.FastDoubles;
import uk.gov.safeguarding.indicator.snapshot.SnapshotEvents;
import uk.gov.safeguarding.indicator.snapshot.YearResultCodec;

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
  public void setup() throws Exception {
    specs = Catalogue.standard().computed().stream().filter(s -> !"QUANTILE".equals(s.kind())).toList();
    for (IndicatorSpec spec : specs) {
      numerators.put(spec.id(), spec.numerator().stream().map(Term::parse).toList());
      denominators.put(spec.id(), spec.denominator().stream().map(Term::parse).toList());
    }
    for (int y = 2016; y <= 2025; y++) {
      years.put(y, SyntheticMeasures.allLas(AreaDirectory.standard().liveAuthorities(), y));
    }
    storage();
    push();
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
    return IndicatorYear.of(2025, SnapshotEvents.definitions(Catalogue.standard()), SnapshotEvents.values(Catalogue.standard(), r)).contentHash();
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

  /** Called by {@link #setup} (JMH does not order several setup methods). */
  private void storage() {
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

  // ---- issue 18: one LA's push, before (full recompute, JSON twice, BigDecimal rounding) and after ----

  private Map<String, LaMeasures> pushA;
  private Map<String, LaMeasures> pushB;
  private Map<String, LaMeasures> pushWholeReturn;
  private YearCalculator.YearState afterA;
  private List<IndicatorValue> eventValues;
  /** The year as the last event (after push A) left it, and the values after push B. */
  private IndicatorYear emittedYear;
  private List<IndicatorValue> pushedValues;
  private byte[] storedBinary;
  private String storedJson;
  private double[] publishedDoubles;
  private int[] publishedPlaces;

  /** Called by {@link #setup}, after {@link #storage}. */
  private void push() throws Exception {
    LaMeasures la = years.get(2025).get(AreaDirectory.standard().liveAuthorities().get(10).gssCode());
    pushA = new HashMap<>(years.get(2025));
    pushB = new HashMap<>(years.get(2025));
    pushA.put(la.laCode(), withReferrals(la, 1111));
    pushB.put(la.laCode(), withReferrals(la, 2222));
    afterA = calculator.computeState(2025, pushA);
    Map<String, Double> everyCount = new HashMap<>();
    la.counts().forEach((code, v) -> everyCount.put(code, v + 1));
    pushWholeReturn = new HashMap<>(pushA);
    pushWholeReturn.put(la.laCode(), new LaMeasures(la.laCode(), la.sources(), everyCount, la.distributions()));
    YearResult r = calculator.compute(2025, years.get(2025));
    eventValues = SnapshotEvents.values(Catalogue.standard(), r);
    emittedYear = IndicatorYear.of(2025, SnapshotEvents.definitions(Catalogue.standard()), SnapshotEvents.values(Catalogue.standard(), afterA.result()));
    emittedYear.contentHash();
    pushedValues = SnapshotEvents.values(Catalogue.standard(), calculator.computeState(2025, pushB).result());
    storedBinary = YearResultCodec.encode(r);
    storedJson = fastDoubles.writeValueAsString(r);
    List<Double> doubles = new ArrayList<>();
    List<Integer> places = new ArrayList<>();
    for (ComputedValue v : r.values()) {
      int dp = Catalogue.standard().find(v.indicatorId()).orElseThrow().decimalPlaces();
      for (Double d : new Double[] {v.value(), v.lower95(), v.upper95(), v.lower998(), v.upper998()}) {
        if (d != null) {
          doubles.add(d);
          places.add(dp);
        }
      }
    }
    publishedDoubles = doubles.stream().mapToDouble(Double::doubleValue).toArray();
    publishedPlaces = places.stream().mapToInt(Integer::intValue).toArray();
  }

  private static LaMeasures withReferrals(LaMeasures m, double referrals) {
    Map<String, Double> counts = new HashMap<>(m.counts());
    counts.put("REFERRALS", referrals);
    return new LaMeasures(m.laCode(), m.sources(), counts, m.distributions());
  }

  /** Before: one LA pushed, the whole year computed from scratch. */
  @Benchmark
  public YearResult pushComputeFull() {
    return calculator.computeState(2025, pushB).result();
  }

  /** After: the same push as an update of the year computed before it (identical result, IncrementalUpdateTest). */
  @Benchmark
  public YearResult pushComputeIncremental() {
    return calculator.update(afterA, pushB).result();
  }

  /**
   * After, a whole new return of one LA (every count of every source changed, as a corrected
   * census return changes most of them): every indicator is recomputed incrementally.
   */
  @Benchmark
  public YearResult pushComputeIncrementalWholeReturn() {
    return calculator.update(afterA, pushWholeReturn).result();
  }

  /** Before, the same whole return computed from scratch. */
  @Benchmark
  public YearResult pushComputeFullWholeReturn() {
    return calculator.computeState(2025, pushWholeReturn).result();
  }

  /** Before: the whole year's values written to JSON for the hash, and the whole event again for the outbox. */
  @Benchmark
  public String eventSerialisedTwice() {
    List<IndicatorDefinition> definitions = SnapshotEvents.definitions(Catalogue.standard());
    String hash = wholeYearHash(definitions, eventValues);
    return EventJson.write(new IndicatorsComputed(IndicatorsComputed.SCHEMA_VERSION, EVENT_ID, EVENT_AT, 2025, hash, definitions, eventValues));
  }

  /**
   * After: the year's content follows the last event's (only changed values rendered), the hash
   * runs over the kept JSON, and the event carries only what changed (IndicatorsChanged CHANGES).
   */
  @Benchmark
  public String eventChangesOnly() {
    IndicatorYear next = emittedYear.next(SnapshotEvents.definitions(Catalogue.standard()), pushedValues);
    next.contentHash();
    return EventJson.write(emittedYear.changesTo(next, EVENT_ID, EVENT_AT, false));
  }

  private static String wholeYearHash(List<IndicatorDefinition> definitions, List<IndicatorValue> values) {
    java.security.MessageDigest sha = uk.gov.safeguarding.platform.hashing.Sha256.digest();
    sha.update(EventJson.write(definitions).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    sha.update(EventJson.write(values).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return uk.gov.safeguarding.platform.hashing.Sha256.hex(sha);
  }

  private static final UUID EVENT_ID = UUID.fromString("00000000-0000-0000-0000-000000000018");
  private static final Instant EVENT_AT = Instant.parse("2026-12-03T18:00:00Z");

  /** After: the year result in the compact stored form (before: storeResultFastDoubles). */
  @Benchmark
  public byte[] storeResultBinary() {
    return YearResultCodec.encode(stored);
  }

  /** Before: reading a stored year back from JSON (what the values API does once per new snapshot). */
  @Benchmark
  public YearResult readResultJson() throws Exception {
    return fastDoubles.readValue(storedJson, YearResult.class);
  }

  /** After: reading it back from the compact form. */
  @Benchmark
  public YearResult readResultBinary() {
    return YearResultCodec.decode(storedBinary);
  }

  /** Before: every published double of a year rounded through BigDecimal.valueOf(d).setScale(dp, HALF_UP). */
  @Benchmark
  public void roundBigDecimal(Blackhole bh) {
    for (int i = 0; i < publishedDoubles.length; i++) {
      bh.consume(BigDecimal.valueOf(publishedDoubles[i]).setScale(publishedPlaces[i], RoundingMode.HALF_UP));
    }
  }

  /** After: the same values through SnapshotEvents.round (equal BigDecimals, SnapshotEventsTest). */
  @Benchmark
  public void roundFast(Blackhole bh) {
    for (int i = 0; i < publishedDoubles.length; i++) {
      bh.consume(SnapshotEvents.round(publishedDoubles[i], publishedPlaces[i]));
    }
  }

  /**
   * Before, one push end to end in process: the year computed from scratch, the event values
   * rounded through BigDecimal, their JSON written for the hash and the whole event again for the
   * outbox, the result stored as JSON.
   */
  @Benchmark
  public int pushToStoredBefore() throws Exception {
    YearResult r = calculator.computeState(2025, pushB).result();
    List<IndicatorDefinition> definitions = SnapshotEvents.definitions(Catalogue.standard());
    List<IndicatorValue> values = r.values().stream().map(v -> bigDecimalEvent(v)).toList();
    String hash = wholeYearHash(definitions, values);
    String event = EventJson.write(new IndicatorsComputed(IndicatorsComputed.SCHEMA_VERSION, EVENT_ID, EVENT_AT, 2025, hash, definitions, values));
    return event.length() + fastDoubles.writeValueAsString(r).length();
  }

  /**
   * After, the same push: an incremental update, fast rounding, the year's content following the
   * last event's, an event of only what changed, the result stored compactly.
   */
  @Benchmark
  public int pushToStoredAfter() {
    YearResult r = calculator.update(afterA, pushB).result();
    IndicatorYear next = emittedYear.next(SnapshotEvents.definitions(Catalogue.standard()), SnapshotEvents.values(Catalogue.standard(), r));
    next.contentHash();
    return EventJson.write(emittedYear.changesTo(next, EVENT_ID, EVENT_AT, false)).length() + YearResultCodec.encode(r).length;
  }

  /** The event value as SnapshotEvents mapped it before the fast rounding. */
  private static IndicatorValue bigDecimalEvent(ComputedValue v) {
    int dp = Catalogue.standard().find(v.indicatorId()).orElseThrow().decimalPlaces();
    return new IndicatorValue(v.indicatorId(), v.areaCode(), v.oldLaCode(), v.areaName(), v.areaLevel(), v.period(),
        bigDecimalExact(v.numerator()), bigDecimalExact(v.denominator()), bigDecimalRound(v.value(), dp),
        bigDecimalRound(v.lower95(), dp), bigDecimalRound(v.upper95(), dp), bigDecimalRound(v.lower998(), dp), bigDecimalRound(v.upper998(), dp),
        v.vsEngland95(), v.vsRegion95(), v.vsNeighbours95());
  }

  private static BigDecimal bigDecimalRound(Double d, int dp) {
    return d == null ? null : BigDecimal.valueOf(d).setScale(dp, RoundingMode.HALF_UP);
  }

  private static BigDecimal bigDecimalExact(Double d) {
    if (d == null) {
      return null;
    }
    BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0) : b;
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
