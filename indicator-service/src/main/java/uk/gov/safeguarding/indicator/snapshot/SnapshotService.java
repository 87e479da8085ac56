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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.events.IndicatorsChanged;
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
 * content changed, writes one IndicatorsChanged event to the outbox in the same transaction: the
 * values that changed since the year's last event ({@link IndicatorYear#changesTo}), or the whole
 * year when that content is unknown (the year's first event) or the last whole-year event is
 * older than {@code indicators.events.snapshot-after}.
 * The year is updated from this instance's last computation of it ({@link YearCalculator#update}:
 * only what the changed LAs reach), which gives exactly the from-scratch result; the first
 * computation of a year in an instance is from scratch. Timed per stage as {@code pipeline.stage}
 * ({@link PipelineStages}: service=indicator, event=IndicatorsComputed; stage=recompute: loading the measures and computing, stage=store: writing
 * the snapshot, stage=outbox-write: mapping the values, diffing and hashing them and writing the event).
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
  @Inject SnapshotStore store;

  /** How long after a year's last snapshot event the next event is a snapshot again, not only changes. */
  @ConfigProperty(name = "indicators.events.snapshot-after", defaultValue = "1h")
  Duration snapshotAfter;

  private final YearCalculator calculator = YearCalculator.standard();
  /** This instance's last computation of each year, which the next one updates. */
  private final Map<Integer, YearCalculator.YearState> states = new ConcurrentHashMap<>();
  /** The content of this instance's last event (or unchanged check) of each year, which the next event is diffed against. */
  private final Map<Integer, IndicatorYear> emitted = new ConcurrentHashMap<>();
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
    this.recomputeStage = stages.timer("recompute", IndicatorsChanged.class.getSimpleName());
    this.storeStage = stages.timer("store", IndicatorsChanged.class.getSimpleName());
    this.outboxStage = stages.timer("outbox-write", IndicatorsChanged.class.getSimpleName());
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
    dirtyYears.clear(mark);
    Optional<YearSnapshotRepository.Stamp> stored = snapshots.eventStampOf(year);
    IndicatorYear base = baseOf(year, stored.map(YearSnapshotRepository.Stamp::contentHash).orElse(null));
    IndicatorYear held = base == null ? IndicatorYear.empty(year) : base;
    IndicatorYear next = held.next(SnapshotEvents.definitions(Catalogue.standard()), SnapshotEvents.values(Catalogue.standard(), result));
    String hash = next.contentHash();
    if (stored.isPresent() && stored.get().contentHash().equals(hash)) {
      event.stop(outboxStage);
      emitted.put(year, next);
      // The published values are unchanged, but the models and expected values (not in the
      // event) may have changed, e.g. after a free-school-meals upload: keep the stored result current.
      storeStage.record(() -> refresh(year, result));
      return Outcome.UNCHANGED;
    }
    UUID eventId = UUID.randomUUID();
    Instant now = Instant.now();
    boolean snapshot = base == null || snapshotDue(stored.get(), now);
    IndicatorsChanged changed = held.changesTo(next, eventId, now, snapshot);
    outbox.add(Topics.INDICATOR_CHANGES, String.valueOf(year), eventId, changed);
    event.stop(outboxStage);
    storeStage.record(() -> store(year, hash, eventId, now, result, snapshot));
    emitted.put(year, next);
    LOG.infof("Indicators for %s recomputed: %d values, %s event with %d values, hash %s", result.period(), next.size(),
        changed.kind(), changed.values().size() + changed.removed().size(), hash.substring(0, 12));
    return Outcome.EMITTED;
  }

  /**
   * Sends the year's stored content as a snapshot again when its last snapshot event is older
   * than {@code indicators.events.snapshot-after}, even if nothing changed since: a consumer that
   * lost its place in the year's chain is current again within that time however quiet the year
   * is. Returns false when another instance holds the year, it has no stored content, or its last
   * snapshot is recent (another instance sent one meanwhile).
   */
  @Transactional
  public boolean resendSnapshot(int year) {
    if (!snapshots.tryLockYear(year)) {
      return false;
    }
    Optional<YearSnapshotRepository.Stamp> stored = snapshots.eventStampOf(year);
    Instant now = Instant.now();
    if (stored.isEmpty() || !snapshotDue(stored.get(), now)) {
      return false;
    }
    IndicatorYear mine = emitted.get(year);
    // this instance's copy if the stored hash is its own; else the stored values, which for a year
    // stored before IndicatorsChanged (hash of the whole-year form) are hashed here as the events hash them
    IndicatorYear content = mine != null && mine.contentHash().equals(stored.get().contentHash()) ? mine : storedContent(year);
    if (content == null) {
      return false;
    }
    UUID eventId = UUID.randomUUID();
    outbox.add(Topics.INDICATOR_CHANGES, String.valueOf(year), eventId, content.snapshot(eventId, now));
    String hash = content.contentHash();
    execute("update year_snapshot set content_hash = ?, event_id = ?, snapshot_event_at = ? where collection_year = ?", ps -> {
      ps.setString(1, hash);
      ps.setObject(2, eventId);
      ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      ps.setInt(4, year);
    });
    emitted.put(year, content);
    LOG.infof("Indicators for %d sent again as a snapshot (%d values, hash %s): the last was older than %s", year, content.size(), hash.substring(0, 12), snapshotAfter);
    return true;
  }

  private boolean snapshotDue(YearSnapshotRepository.Stamp stamp, Instant now) {
    return stamp.snapshotEventAt() == null || stamp.snapshotEventAt().plus(snapshotAfter).isBefore(now);
  }

  /** The years whose last snapshot event is older than {@code indicators.events.snapshot-after} (or unknown). */
  @Transactional
  public List<Integer> yearsDueASnapshot() {
    return snapshots.yearsWithSnapshotBefore(Instant.now().minus(snapshotAfter));
  }

  /**
   * The content the year's last event left consumers with, when it is known: this instance's last
   * emitted content if the stored hash is still its own, else the stored result's (written by
   * another replica, or before a restart) if it hashes to the stored hash. Null when there is
   * none, or the stored hash is of an older event form: the next event is then a snapshot.
   */
  private IndicatorYear baseOf(int year, String storedHash) {
    if (storedHash == null) {
      return null;
    }
    IndicatorYear mine = emitted.get(year);
    if (mine != null && mine.contentHash().equals(storedHash)) {
      return mine;
    }
    IndicatorYear fromStore = storedContent(year);
    return fromStore != null && fromStore.contentHash().equals(storedHash) ? fromStore : null;
  }

  /** The year's stored result as event content (decoded and mapped); null when none is stored. */
  private IndicatorYear storedContent(int year) {
    return store.year(year)
        .map(r -> IndicatorYear.of(year, SnapshotEvents.definitions(Catalogue.standard()), SnapshotEvents.values(Catalogue.standard(), r)))
        .orElse(null);
  }

  private void store(int year, String hash, UUID eventId, Instant at, YearResult result, boolean snapshot) {
    execute("insert into year_snapshot (collection_year, content_hash, event_id, computed_at, result, result_binary, snapshot_event_at) "
            + "values (?, ?, ?, ?, null, ?, ?) on conflict (collection_year) do update set content_hash = excluded.content_hash, "
            + "event_id = excluded.event_id, computed_at = excluded.computed_at, result = null, result_binary = excluded.result_binary, "
            + "snapshot_event_at = coalesce(excluded.snapshot_event_at, year_snapshot.snapshot_event_at)",
        ps -> {
          OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
          ps.setInt(1, year);
          ps.setString(2, hash);
          ps.setObject(3, eventId);
          ps.setObject(4, when);
          ps.setBytes(5, YearResultCodec.encode(result));
          ps.setObject(6, snapshot ? when : null);
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
