package uk.gov.safeguarding.evidence.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.LocalMeasuresPublished;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.platform.json.JsonColumns;
import uk.gov.safeguarding.platform.outbox.Outbox;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Announces an LA's public local measures for a period whenever that set changes, as a
 * {@link LocalMeasuresPublished} event through the outbox (same transaction as the change),
 * keyed by the LA's GSS code. Revisions count up per LA and period; an empty list withdraws.
 */
@ApplicationScoped
public class LocalMeasuresPublisher {
  private static final Logger LOG = Logger.getLogger(LocalMeasuresPublisher.class);

  @Inject PublishedLocalMeasuresRepository published;
  @Inject Outbox outbox;

  /**
   * Recomputes the set after the caller's changes (flushed here) and emits an event if it
   * changed. Throws 409 when two public records of the period publish the same measure id, which
   * rolls the caller's change back.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<LocalMeasuresPublished> refresh(LocalAuthority la, String period) {
    published.lock(la.oldCode(), period);
    published.getEntityManager().flush();
    List<LocalMeasuresPublished.LocalMeasure> measures = PublicMeasureSet.select(published.candidates(la.oldCode(), period));
    String duplicate = PublicMeasureSet.duplicate(measures);
    if (duplicate != null) {
      throw ProblemException.conflict(
          "Local measure " + duplicate + " is already public in another record of " + period + "; an LA publishes each measure once per period");
    }
    String canonical = EventJson.write(measures);
    Optional<PublishedLocalMeasures> last = published.find(la.oldCode(), period);
    if (last.isEmpty() && measures.isEmpty()) {
      return Optional.empty();
    }
    if (last.isPresent() && JsonColumns.sameJson(last.get().measures, canonical)) {
      return Optional.empty();
    }
    PublishedLocalMeasures row = last.orElseGet(PublishedLocalMeasures::new);
    boolean isNew = last.isEmpty();
    row.laCode = la.oldCode();
    row.period = period;
    row.revision = isNew ? 1 : row.revision + 1;
    row.measures = canonical;
    row.publishedAt = Instant.now();
    if (isNew) {
      published.persist(row);
    }
    LocalMeasuresPublished event =
        new LocalMeasuresPublished(
            LocalMeasuresPublished.SCHEMA_VERSION, UUID.randomUUID(), row.publishedAt, la.gssCode(), la.oldCode(), period, row.revision, measures);
    outbox.add(Topics.EVIDENCE, la.gssCode(), event.eventId(), event);
    LOG.infof("Local measures of LA %s for %s: revision %d with %d measure(s)", la.oldCode(), period, row.revision, measures.size());
    return Optional.of(event);
  }
}
