package uk.gov.safeguarding.indicator.measures;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.MeasuresComputed;
import uk.gov.safeguarding.platform.json.JsonColumns;

/**
 * Accepts measure events (deduplicated by event id in {@link MeasuresConsumer}'s transaction), keeps only the latest source version and
 * revision per (LA, year, source) so older versions arriving late are ignored, and marks the year dirty
 * (telling {@link MeasuresStored} observers, who act once the transaction commits).
 */
@ApplicationScoped
public class MeasureIntakeService {
  private static final Logger LOG = Logger.getLogger(MeasureIntakeService.class);

  /** What happened to an event. */
  public enum Outcome { STORED, SUPERSEDED }

  @Inject MeasureSetRepository repository;
  @Inject DirtyYears dirtyYears;
  @Inject ObjectMapper json;
  @Inject Event<MeasuresStored> stored;

  @Transactional
  public Outcome accept(MeasuresComputed event) {
    String source = event.source().name();
    MeasureSet existing = repository.findLatest(event.laCode(), event.collectionYear(), source).orElse(null);
    if (existing != null && !event.supersedes(existing.sourceVersion, existing.sourceRevision)) {
      LOG.infof("Ignoring %s version %d.%d for LA %s year %d: version %d.%d already held",
          source, event.sourceVersion(), event.revision(), event.laCode(), event.collectionYear(),
          existing.sourceVersion, existing.sourceRevision);
      return Outcome.SUPERSEDED;
    }
    MeasureSet set = existing == null ? new MeasureSet() : existing;
    set.laCode = event.laCode();
    set.oldLaCode = event.oldLaCode();
    set.collectionYear = event.collectionYear();
    set.source = source;
    set.sourceId = event.sourceId();
    set.sourceVersion = event.sourceVersion();
    set.sourceRevision = event.revision();
    set.contentHash = event.contentHash();
    set.eventId = event.eventId();
    set.counts = write(event.counts() == null ? Map.of() : event.counts());
    set.distributions = write(event.distributions() == null ? Map.of() : event.distributions());
    set.receivedAt = Instant.now();
    if (existing == null) {
      repository.persist(set);
    }
    dirtyYears.mark(event.collectionYear());
    stored.fire(new MeasuresStored(event.laCode(), event.collectionYear()));
    return Outcome.STORED;
  }

  private String write(Object value) {
    return new JsonColumns(json).write(value);
  }
}
