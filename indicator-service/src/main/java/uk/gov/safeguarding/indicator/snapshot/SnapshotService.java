package uk.gov.safeguarding.indicator.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.computation.LaMeasures;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.indicator.computation.YearResult;
import uk.gov.safeguarding.indicator.measures.DirtyYears;
import uk.gov.safeguarding.indicator.measures.MeasureSet;
import uk.gov.safeguarding.indicator.measures.MeasureSetRepository;
import uk.gov.safeguarding.platform.outbox.Outbox;

/**
 * Recomputes a collection year from the latest measures, stores the snapshot and, when its
 * content changed, writes one IndicatorsComputed event to the outbox in the same transaction.
 */
@ApplicationScoped
public class SnapshotService {
  private static final Logger LOG = Logger.getLogger(SnapshotService.class);

  @Inject MeasureSetRepository measures;
  @Inject YearSnapshotRepository snapshots;
  @Inject DirtyYears dirtyYears;
  @Inject Outbox outbox;
  @Inject ObjectMapper json;

  private final YearCalculator calculator = YearCalculator.standard();
  private final Timer computeTimer;
  private final Timer recomputeTimer;

  @Inject
  public SnapshotService(MeterRegistry registry) {
    this.computeTimer = registry.timer("indicators.year.compute");
    this.recomputeTimer = registry.timer("indicators.year.recompute");
  }

  /**
   * Recomputes the year of this mark; returns true when a new snapshot was emitted. When another
   * replica is recomputing the same year, returns false at once: that replica clears only the
   * generation it read, so a mark newer than its read stays for the next run.
   */
  @Transactional
  public boolean recompute(DirtyYears.Mark mark) {
    return recomputeTimer.record(() -> recomputeTimed(mark));
  }

  /** Load, compute, map and hash, then store the snapshot and its event: what indicators.year.recompute times. */
  private boolean recomputeTimed(DirtyYears.Mark mark) {
    int year = mark.year();
    if (!snapshots.tryLockYear(year)) {
      LOG.debugf("Collection year %d is being recomputed by another instance", year);
      return false;
    }
    Map<String, LaMeasures> input = load(year);
    YearResult result = computeTimer.record(() -> calculator.compute(year, input));
    List<IndicatorDefinition> definitions = SnapshotEvents.definitions(Catalogue.standard());
    List<IndicatorValue> values = SnapshotEvents.values(Catalogue.standard(), result);
    String hash = SnapshotEvents.contentHash(definitions, values);
    dirtyYears.clear(mark);
    Optional<String> previous = snapshots.hashOf(year);
    if (previous.isPresent() && previous.get().equals(hash)) {
      // The published values are unchanged, but the models and expected values (not in the
      // event) may have changed, e.g. after a free-school-meals upload: keep the stored result current.
      snapshots.findByIdOptional(year).ifPresent(s -> {
        s.result = write(result);
        s.computedAt = Instant.now();
      });
      return false;
    }
    UUID eventId = UUID.randomUUID();
    Instant now = Instant.now();
    YearSnapshot snapshot = snapshots.findByIdOptional(year).orElseGet(YearSnapshot::new);
    boolean isNew = snapshot.collectionYear == null;
    snapshot.collectionYear = year;
    snapshot.contentHash = hash;
    snapshot.eventId = eventId;
    snapshot.computedAt = now;
    snapshot.result = write(result);
    if (isNew) {
      snapshots.persist(snapshot);
    }
    outbox.add(Topics.INDICATORS, String.valueOf(year), eventId, SnapshotEvents.event(eventId, now, year, hash, definitions, values));
    LOG.infof("Indicators for %s recomputed: %d values, hash %s", result.period(), values.size(), hash.substring(0, 12));
    return true;
  }

  private Map<String, LaMeasures> load(int year) {
    Map<String, Map<String, Double>> counts = new HashMap<>();
    Map<String, Map<String, Map<Integer, Long>>> dists = new HashMap<>();
    Map<String, java.util.Set<String>> sources = new HashMap<>();
    for (MeasureSet set : measures.forYear(year)) {
      sources.computeIfAbsent(set.laCode, k -> new HashSet<>()).add(set.source);
      Map<String, BigDecimal> c = read(set.counts, new TypeReference<>() {});
      Map<String, Double> target = counts.computeIfAbsent(set.laCode, k -> new HashMap<>());
      c.forEach((k, v) -> target.put(k, v == null ? 0 : v.doubleValue()));
      Map<String, Map<Integer, Long>> d = read(set.distributions, new TypeReference<>() {});
      dists.computeIfAbsent(set.laCode, k -> new HashMap<>()).putAll(d);
    }
    Map<String, LaMeasures> result = new HashMap<>();
    sources.forEach((la, s) -> result.put(la, new LaMeasures(la, s, counts.get(la), dists.get(la))));
    return result;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
