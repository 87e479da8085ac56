package uk.gov.safeguarding.indicator.snapshot;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.events.IndicatorsComputed;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.computation.LaMeasures;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.indicator.computation.YearResult;
import uk.gov.safeguarding.indicator.measures.DirtyYears;
import uk.gov.safeguarding.platform.messaging.PipelineStages;
import uk.gov.safeguarding.platform.outbox.Outbox;

/**
 * Recomputes a collection year from the latest measures, stores the snapshot and, when its
 * content changed, writes one IndicatorsComputed event to the outbox in the same transaction.
 * The year is updated from this instance's last computation of it ({@link YearCalculator#update}:
 * only what the changed LAs reach), which gives exactly the from-scratch result; the first
 * computation of a year in an instance is from scratch. Timed per stage as {@code pipeline.stage}
 * ({@link PipelineStages}: service=indicator, event=IndicatorsComputed; stage=recompute: loading the measures and computing, stage=store: writing
 * the snapshot, stage=outbox-write: mapping, serialising and hashing the event and writing it).
 */
@ApplicationScoped
public class SnapshotService {
  private static final Logger LOG = Logger.getLogger(SnapshotService.class);

  /** What a recompute did. */
  public enum Outcome {
    /** A new snapshot and its event were stored. */
    EMITTED,
    /** The published values were unchanged: the stored result was refreshed, no event. */
    UNCHANGED,
    /** Another instance is recomputing the year; its run or a later one takes this mark. */
    LOCKED
  }

  @Inject YearInputs inputs;
  @Inject YearSnapshotRepository snapshots;
  @Inject DirtyYears dirtyYears;
  @Inject Outbox outbox;
  @Inject AgroalDataSource dataSource;

  private final YearCalculator calculator = YearCalculator.standard();
  /** This instance's last computation of each year, which the next one updates. */
  private final Map<Integer, YearCalculator.YearState> states = new ConcurrentHashMap<>();
  private final Timer computeTimer;
  private final Timer recomputeTimer;
  private final Timer recomputeStage;
  private final Timer storeStage;
  private final Timer outboxStage;
  private final Counter fullComputations;
  private final Counter incrementalComputations;

  @Inject
  public SnapshotService(MeterRegistry registry, PipelineStages stages) {
    this.computeTimer = registry.timer("indicators.year.compute");
    this.recomputeTimer = registry.timer("indicators.year.recompute");
    this.recomputeStage = stages.timer("recompute", IndicatorsComputed.class.getSimpleName());
    this.storeStage = stages.timer("store", IndicatorsComputed.class.getSimpleName());
    this.outboxStage = stages.timer("outbox-write", IndicatorsComputed.class.getSimpleName());
    this.fullComputations = registry.counter("indicators.year.computations", "mode", "full");
    this.incrementalComputations = registry.counter("indicators.year.computations", "mode", "incremental");
  }

  /**
   * Recomputes the year of this mark; returns true when a new snapshot was emitted. When another
   * replica is recomputing the same year, returns false at once: that replica clears only the
   * generation it read, so a mark newer than its read stays for the next run.
   */
  @Transactional
  public boolean recompute(DirtyYears.Mark mark) {
    return recomputeTimer.record(() -> recomputeTimed(mark)) == Outcome.EMITTED;
  }

  /** As {@link #recompute}, saying whether the year was locked by another instance. */
  @Transactional
  public Outcome recomputeYear(DirtyYears.Mark mark) {
    return recomputeTimer.record(() -> recomputeTimed(mark));
  }

  /** Load, compute, map and hash, then store the snapshot and its event: what indicators.year.recompute times. */
  private Outcome recomputeTimed(DirtyYears.Mark mark) {
    int year = mark.year();
    if (!snapshots.tryLockYear(year)) {
      LOG.debugf("Collection year %d is being recomputed by another instance", year);
      return Outcome.LOCKED;
    }
    YearResult result = recomputeStage.record(() -> {
      Map<String, LaMeasures> input = inputs.load(year);
      YearCalculator.YearState previous = states.get(year);
      YearCalculator.YearState state = computeTimer.record(() ->
          previous == null ? calculator.computeState(year, input) : calculator.update(previous, input));
      (previous == null ? fullComputations : incrementalComputations).increment();
      states.put(year, state);
      return state.result();
    });
    Timer.Sample event = Timer.start();
    List<IndicatorDefinition> definitions = SnapshotEvents.definitions(Catalogue.standard());
    List<IndicatorValue> values = SnapshotEvents.values(Catalogue.standard(), result);
    SnapshotEvents.Serialized serialized = SnapshotEvents.serialize(definitions, values);
    String hash = serialized.contentHash();
    dirtyYears.clear(mark);
    Optional<String> previous = snapshots.hashOf(year);
    if (previous.isPresent() && previous.get().equals(hash)) {
      event.stop(outboxStage);
      // The published values are unchanged, but the models and expected values (not in the
      // event) may have changed, e.g. after a free-school-meals upload: keep the stored result current.
      storeStage.record(() -> refresh(year, result));
      return Outcome.UNCHANGED;
    }
    UUID eventId = UUID.randomUUID();
    Instant now = Instant.now();
    outbox.add(Topics.INDICATORS, String.valueOf(year), eventId, SnapshotEvents.event(eventId, now, year, serialized));
    event.stop(outboxStage);
    storeStage.record(() -> store(year, hash, eventId, now, result));
    LOG.infof("Indicators for %s recomputed: %d values, hash %s", result.period(), values.size(), hash.substring(0, 12));
    return Outcome.EMITTED;
  }

  private void store(int year, String hash, UUID eventId, Instant at, YearResult result) {
    execute("insert into year_snapshot (collection_year, content_hash, event_id, computed_at, result, result_binary) "
            + "values (?, ?, ?, ?, null, ?) on conflict (collection_year) do update set content_hash = excluded.content_hash, "
            + "event_id = excluded.event_id, computed_at = excluded.computed_at, result = null, result_binary = excluded.result_binary",
        ps -> {
          ps.setInt(1, year);
          ps.setString(2, hash);
          ps.setObject(3, eventId);
          ps.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
          ps.setBytes(5, YearResultCodec.encode(result));
        });
  }

  private void refresh(int year, YearResult result) {
    execute("update year_snapshot set computed_at = ?, result = null, result_binary = ? where collection_year = ?", ps -> {
      ps.setObject(1, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
      ps.setBytes(2, YearResultCodec.encode(result));
      ps.setInt(3, year);
    });
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** One statement on the transaction's connection (the snapshot row is written, never loaded, here). */
  private void execute(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the year snapshot", e);
    }
  }
}
