package uk.gov.safeguarding.ingestion.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.events.MeasuresComputed;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.platform.outbox.Outbox;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Writes {@link MeasuresComputed} events to the outbox, keyed by the LA's GSS code, in the
 * caller's transaction. The one place where ingestion-service builds that event: it takes
 * aggregates only, so child-level data cannot reach it.
 */
@ApplicationScoped
public class MeasuresPublisher {
  @Inject Outbox outbox;

  /** The revision of measures derived when their return or upload version was accepted. */
  public static final int ON_ACCEPTANCE = 0;

  /**
   * @param revision {@link #ON_ACCEPTANCE}, or higher for the same version's measures derived
   *     again (ordered after the earlier ones)
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public MeasuresComputed publish(
      MeasureSource source,
      String laOldCode,
      int collectionYear,
      String sourceId,
      int sourceVersion,
      int revision,
      String contentHash,
      Map<String, BigDecimal> counts,
      Map<String, Map<Integer, Long>> distributions) {
    LocalAuthority la =
        AreaRegistry.standard()
            .find(laOldCode)
            .orElseThrow(() -> ProblemException.validation("laCode", "UnknownArea", "Not a live local authority code"));
    UUID eventId = UUID.randomUUID();
    MeasuresComputed event =
        new MeasuresComputed(
            MeasuresComputed.SCHEMA_VERSION,
            eventId,
            Instant.now(),
            source,
            la.gssCode(),
            la.oldCode(),
            collectionYear,
            sourceId,
            sourceVersion,
            revision,
            contentHash,
            new TreeMap<>(counts),
            distributions == null ? Map.of() : new TreeMap<>(distributions));
    outbox.add(Topics.MEASURES, la.gssCode(), eventId, event);
    return event;
  }
}
