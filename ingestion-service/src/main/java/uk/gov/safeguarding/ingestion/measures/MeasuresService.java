package uk.gov.safeguarding.ingestion.measures;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.events.MeasuresComputed;
import uk.gov.safeguarding.platform.json.JsonColumns;
import uk.gov.safeguarding.reference.calendar.WorkingDays;
import uk.gov.safeguarding.reference.period.CollectionYear;

/**
 * Use cases of the CIN measures: an accumulator per return while it is parsed, and on acceptance
 * the final counts (with history), the history update and the {@code MeasuresComputed} event.
 */
@ApplicationScoped
public class MeasuresService {
  private static final Logger LOG = Logger.getLogger(MeasuresService.class);
  /** The {@code counts} column: count code to count, in code order. */
  private static final TypeReference<TreeMap<String, Long>> COUNTS = new TypeReference<>() {};
  /** The {@code distributions} column: distribution code to (bucket to count). */
  private static final TypeReference<Map<String, Map<Integer, Long>>> DISTRIBUTIONS = new TypeReference<>() {};

  @Inject ChildKeys childKeys;
  @Inject MeasureHistoryRepository history;
  @Inject CinMeasuresRepository measures;
  @Inject MeasuresPublisher publisher;
  @Inject ObjectMapper json;
  private JsonColumns columns;

  @PostConstruct
  void init() {
    columns = new JsonColumns(json);
  }

  /** A fresh accumulator to feed, as a ChildVisitor, with every child of a return. */
  public MeasureAccumulator startReturn(String laOldCode, int collectionYear) {
    return new MeasureAccumulator(laOldCode, collectionYear, WorkingDays.england(), childKeys.forLa(laOldCode));
  }

  /**
   * Derives the final measures of an accepted return, stores them and the children's history,
   * and writes the event, all in the caller's transaction. Idempotent per return id.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void returnAccepted(
      UUID returnId, String laOldCode, int collectionYear, int version, String contentHash, MeasureAccumulator accumulator) {
    if (measures.findByIdOptional(returnId).isPresent()) {
      return;
    }
    if (!accumulator.laOldCode().equals(laOldCode) || accumulator.collectionYear() != collectionYear) {
      throw new IllegalArgumentException("The accumulator was started for another LA or year");
    }
    history.lockLa(laOldCode);
    MeasureAccumulator.Result result = accumulator.finish(historyBefore(laOldCode, collectionYear));
    history.replace(laOldCode, collectionYear, accumulator.timelines());

    Map<String, BigDecimal> counts = new TreeMap<>();
    result.counts().forEach((k, v) -> counts.put(k, BigDecimal.valueOf(v)));
    MeasuresComputed event =
        publisher.publish(
            MeasureSource.CIN_CENSUS, laOldCode, collectionYear, returnId.toString(), version, MeasuresPublisher.ON_ACCEPTANCE, contentHash, counts,
            result.distributions());

    CinMeasures row = new CinMeasures();
    row.returnId = returnId;
    row.laCode = laOldCode;
    row.collectionYear = collectionYear;
    row.version = version;
    row.revision = MeasuresPublisher.ON_ACCEPTANCE;
    row.contentHash = contentHash;
    row.eventId = event.eventId();
    row.counts = columns.write(result.counts());
    row.distributions = columns.write(result.distributions());
    row.computedAt = Instant.now();
    measures.persist(row);
    LOG.infof("CIN measures for LA %s %d v%d: %d children, %d referrals", laOldCode, collectionYear, version,
        accumulator.children(), result.counts().get(uk.gov.safeguarding.events.MeasureCodes.REFERRALS));
    rederiveLaterYears(laOldCode, collectionYear);
  }

  /**
   * The history of {@code collectionYear} just changed, so the re-referrals and repeat plans of
   * the LA's later years may have too: derives them again from those years' stored timelines,
   * oldest first, and publishes a new revision for each year whose counts changed.
   */
  private void rederiveLaterYears(String laOldCode, int collectionYear) {
    for (CinMeasures later : measures.latestAfter(laOldCode, collectionYear)) {
      HistoryCounts again =
          HistoryCounts.of(later.collectionYear, history.timelines(laOldCode, later.collectionYear), historyBefore(laOldCode, later.collectionYear));
      Map<String, Long> counts = columns.read(later.counts, COUNTS);
      if (again.matches(counts)) {
        continue;
      }
      again.writeInto(counts);
      Map<String, BigDecimal> eventCounts = new TreeMap<>();
      counts.forEach((k, v) -> eventCounts.put(k, BigDecimal.valueOf(v)));
      MeasuresComputed event =
          publisher.publish(
              MeasureSource.CIN_CENSUS, laOldCode, later.collectionYear, later.returnId.toString(), later.version, later.revision + 1,
              later.contentHash, eventCounts, columns.read(later.distributions, DISTRIBUTIONS));
      later.revision++;
      later.counts = columns.write(counts);
      later.eventId = event.eventId();
      later.computedAt = Instant.now();
      LOG.infof("CIN measures for LA %s %d v%d derived again (revision %d): history of %d changed", laOldCode, later.collectionYear,
          later.version, later.revision, collectionYear);
    }
  }

  /** The LA's history from returns of collection years before {@code collectionYear}: referrals from the start of the previous year on. */
  private MeasureAccumulator.History historyBefore(String laOldCode, int collectionYear) {
    return history.load(laOldCode, collectionYear, CollectionYear.of(collectionYear - 1).start());
  }

  /** The measures of the latest accepted CIN return of an LA and year. */
  public Optional<CinMeasuresView> latest(String laOldCode, int collectionYear) {
    return measures.latest(laOldCode, collectionYear).map(this::view);
  }

  private CinMeasuresView view(CinMeasures m) {
    Map<String, Long> counts = columns.read(m.counts, COUNTS);
    Map<String, Map<Integer, Long>> dists = columns.read(m.distributions, DISTRIBUTIONS);
    return new CinMeasuresView(m.returnId, m.laCode, m.collectionYear, m.version, m.revision, m.contentHash, m.eventId, m.computedAt, counts, dists);
  }
}
