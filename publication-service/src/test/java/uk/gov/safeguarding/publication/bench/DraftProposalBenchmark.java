package uk.gov.safeguarding.publication.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.platform.hashing.Sha256;
import uk.gov.safeguarding.publication.content.ContentCodec;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.RenderedContent;
import uk.gov.safeguarding.publication.content.VersionChanges;
import uk.gov.safeguarding.publication.disclosure.DisclosureControl;
import uk.gov.safeguarding.publication.disclosure.RawValue;
import uk.gov.safeguarding.publication.historical.HistoricalSeries;
import uk.gov.safeguarding.publication.ingest.SnapshotMapping;
import uk.gov.safeguarding.reference.AreaRegistry;

/**
 * The in-process work of publication-service for one indicator snapshot arriving while a draft
 * of {@code safeguarding-indicators} exists: the published historical series 2015-16 to 2024-25
 * (71,060 rows) as the base version, a draft that adds 2025-26, and a snapshot replacing the
 * 2025-26 slice (6,800 rows: every historical indicator for 153 LAs, regions and England) in
 * which one LA, its region and England changed, as after one LA's push. Alternate snapshots
 * differ, so every proposal produces a new draft.
 *
 * <ul>
 *   <li>{@code fullRenderPerSnapshot} (baseline, the previous design): load the draft from its
 *       stored gzipped canonical JSON, replace the slice, hash, diff against the base for the
 *       bump, render the canonical JSON, CSV and JSON and gzip all three for storage.
 *   <li>{@code incrementalDraft} (now): the rendered working draft is in memory; replace the
 *       slice, render only new rows, hash from row fragments, quick bump, gzip only changed parts.
 * </ul>
 *
 * <p>Database writes are not included: the baseline wrote ~50 MB per snapshot (printed at set-up),
 * the new design writes the changed parts only. Run: see docs/benchmarks/publication-service.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class DraftProposalBenchmark {
  static final String PERIOD = "2025-26";

  DataSetContent base;
  DataSetContent[] slices = new DataSetContent[2];
  byte[][] storedDrafts = new byte[2][];
  RenderedContent renderedBase;
  RenderedContent[] renderedDrafts = new RenderedContent[2];
  int turn;

  @Setup
  public void setup() {
    HistoricalSeries series = HistoricalSeries.load(AreaRegistry.standard());
    base = new DataSetContent(series.indicators(), DisclosureControl.apply(series.indicators(), series.values()));
    for (int i = 0; i < 2; i++) {
      slices[i] = SnapshotMapping.slice(snapshot(series, i == 0 ? "1.00" : "1.07"), AreaRegistry.standard());
    }
    renderedBase = RenderedContent.of(base);
    for (int i = 0; i < 2; i++) {
      DataSetContent draft = SnapshotMapping.replaceSlice(base, slices[i]);
      storedDrafts[i] = ContentCodec.gzip(ContentCodec.canonical(draft));
      renderedDrafts[i] = RenderedContent.of(draft, renderedBase);
    }
    DataSetContent draft = SnapshotMapping.replaceSlice(base, slices[0]);
    long csv = ContentCodec.csv(draft).length;
    long json = ContentCodec.downloadJson("x", "1.1.0", uk.gov.safeguarding.publication.content.DataSource.COMPUTED, draft).length;
    RenderedContent next = RenderedContent.of(SnapshotMapping.replaceSlice(renderedDrafts[1].content(), slices[0]), renderedDrafts[1]);
    long changedParts = changedParts(renderedDrafts[1], next).stream().mapToLong(p -> ContentCodec.gzip(next.part(p), java.util.zip.Deflater.BEST_SPEED).length).sum();
    System.out.printf("base rows %d, slice rows %d; baseline stored per snapshot: content.json.gz %d B + csv %d B + json %d B + their gzip %d B; incremental: %d changed part(s), %d B%n",
        base.rows().size(), slices[0].rows().size(), storedDrafts[0].length, csv, json,
        ContentCodec.gzip(ContentCodec.csv(draft)).length + ContentCodec.gzip(ContentCodec.downloadJson("x", "1.1.0", uk.gov.safeguarding.publication.content.DataSource.COMPUTED, draft)).length,
        changedParts(renderedDrafts[1], next).size(), changedParts);
  }

  /** A snapshot of every historical indicator for 2025-26; {@code factor} scales one LA, its region and England. */
  static IndicatorYear snapshot(HistoricalSeries series, String factor) {
    List<IndicatorDefinition> defs = series.indicators().stream()
        .map(m -> new IndicatorDefinition(m.id(), m.title(), m.theme(), m.unit(), m.decimalPlaces(), m.polarity(), m.source())).toList();
    Set<String> changed = Set.of("E09000002", "E12000007", AreaRegistry.ENGLAND_CODE);
    BigDecimal f = new BigDecimal(factor);
    List<IndicatorValue> values = new ArrayList<>();
    series.values().stream().map(RawValue::exact).filter(v -> v.timePeriod().equals("2024-25") && v.value() != null).forEach(v -> {
      BigDecimal value = changed.contains(v.areaCode()) ? v.value().multiply(f).setScale(3, RoundingMode.HALF_UP) : v.value();
      BigDecimal denominator = BigDecimal.valueOf(40_000);
      BigDecimal numerator = value.multiply(BigDecimal.valueOf(4)).setScale(0, RoundingMode.HALF_UP);
      String level = switch (v.geographicLevel()) {
        case "National" -> "ENGLAND";
        case "Regional" -> "REGION";
        default -> "LA";
      };
      values.add(new IndicatorValue(v.indicatorId(), v.areaCode(), v.oldLaCode(), v.areaName(), level, PERIOD, numerator, denominator, value,
          value.multiply(new BigDecimal("0.9")), value.multiply(new BigDecimal("1.1")), value.multiply(new BigDecimal("0.8")), value.multiply(new BigDecimal("1.2")),
          "SIMILAR", "SIMILAR", "SIMILAR"));
    });
    return IndicatorYear.of(2026, defs, values);
  }

  static List<String> changedParts(RenderedContent stored, RenderedContent next) {
    Map<String, String> old = stored.partHashes();
    return next.partHashes().entrySet().stream().filter(e -> !e.getValue().equals(old.get(e.getKey()))).map(Map.Entry::getKey).toList();
  }

  @Benchmark
  public void fullRenderPerSnapshot(Blackhole bh) {
    int from = turn++ & 1;
    DataSetContent working = ContentCodec.readCanonical(ContentCodec.gunzip(storedDrafts[from]));
    DataSetContent next = SnapshotMapping.replaceSlice(working, slices[1 - from]);
    bh.consume(ContentCodec.hash(next));
    bh.consume(VersionChanges.between(base, next).bump());
    byte[] canonical = ContentCodec.canonical(next);
    byte[] csv = ContentCodec.csv(next);
    byte[] json = ContentCodec.downloadJson("safeguarding-indicators", "1.1.0", uk.gov.safeguarding.publication.content.DataSource.COMPUTED, next);
    bh.consume(ContentCodec.gzip(canonical));
    bh.consume(Sha256.hex(csv));
    bh.consume(Sha256.hex(json));
    bh.consume(ContentCodec.gzip(csv));
    bh.consume(ContentCodec.gzip(json));
  }

  @Benchmark
  public void incrementalDraft(Blackhole bh) {
    int from = turn++ & 1;
    RenderedContent working = renderedDrafts[from];
    RenderedContent next = RenderedContent.of(SnapshotMapping.replaceSlice(working.content(), slices[1 - from]), working);
    bh.consume(next.hash());
    bh.consume(VersionChanges.bump(renderedBase.content(), next.content()));
    for (String part : changedParts(working, next)) {
      bh.consume(ContentCodec.gzip(next.part(part), java.util.zip.Deflater.BEST_SPEED));
    }
  }
}
