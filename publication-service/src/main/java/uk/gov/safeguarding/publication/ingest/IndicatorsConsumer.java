package uk.gov.safeguarding.publication.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.events.IndicatorsChanged;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.platform.messaging.EventKind;
import uk.gov.safeguarding.platform.messaging.IdempotentConsumer;
import uk.gov.safeguarding.platform.messaging.PipelineStages;
import uk.gov.safeguarding.platform.messaging.PoisonEvent;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.dataset.DataSetIds;
import uk.gov.safeguarding.publication.version.VersionService;
import uk.gov.safeguarding.reference.AreaRegistry;

/**
 * Consumes IndicatorsChanged events: each is applied to the collection year's values as the
 * year's earlier events left them ({@link IndicatorYears}; a snapshot replaces them), the result
 * is checked against the content hash the event names, and the year's slice of the working
 * content of {@code computed-indicators} (kept apart from the historical series imported from DfE
 * published statistics) is replaced after disclosure control, producing or replacing the Draft
 * (idempotent by event id and by content hash). Changes to a base this service does not hold
 * (an event it never received, e.g. one the topic's retention dropped before this service first
 * read it) cannot be applied: they are counted as {@code publication.indicators.unmatched} and
 * skipped, and the year's next snapshot (indicator-service sends each year as a snapshot at least
 * hourly) brings it back. The draft update is timed as {@code pipeline.stage{stage=draft}}.
 */
@ApplicationScoped
public class IndicatorsConsumer {
  private static final Logger LOG = Logger.getLogger(IndicatorsConsumer.class);
  static final EventKind<IndicatorsChanged> INDICATORS =
      EventKind.of(Topics.INDICATOR_CHANGES, IndicatorsChanged.class, IndicatorsChanged::eventId, IndicatorsChanged::occurredAt)
          .requiring(e -> e.kind() != null && e.values() != null && e.indicators() != null && e.removed() != null && e.contentHash() != null);

  @Inject IdempotentConsumer consumer;
  @Inject IndicatorYears years;
  @Inject VersionService versions;
  @Inject PipelineStages stages;

  private final Counter unmatched;

  @Inject
  public IndicatorsConsumer(MeterRegistry registry) {
    this.unmatched = registry.counter("publication.indicators.unmatched");
  }

  @Incoming("indicators")
  @Blocking
  public void on(String payload) {
    consumer.consume(INDICATORS, payload, this::store);
  }

  private void store(IndicatorsChanged event) {
    IndicatorYear held = years.lock(event.collectionYear());
    if (!held.isEmpty() && held.contentHash().equals(event.contentHash())) {
      LOG.debugf("Indicators event %s for %d: its content is already held", event.eventId(), event.collectionYear());
      return; // e.g. the hourly snapshot of content the changes already gave
    }
    if (!held.canApply(event)) {
      unmatched.increment();
      LOG.warnf("Indicators event %s for %d changes content %s, but this service holds %s: skipped until the year's next snapshot",
          event.eventId(), event.collectionYear(), event.baseContentHash(), held.isEmpty() ? "none" : held.contentHash());
      return;
    }
    IndicatorYear next;
    DataSetContent slice;
    try {
      next = held.apply(event);
      if (!next.contentHash().equals(event.contentHash())) {
        throw new IllegalArgumentException("applied, the year's content hashes to " + next.contentHash() + ", the event says " + event.contentHash());
      }
      slice = SnapshotMapping.slice(next, AreaRegistry.standard());
    } catch (IllegalArgumentException e) {
      throw new PoisonEvent("inconsistent indicators event: " + e.getMessage(), e);
    }
    years.store(held, next, event.eventId());
    var outcome = stages.timer("draft", INDICATORS.name())
        .record(() -> versions.proposeDraft(DataSetIds.COMPUTED, working -> SnapshotMapping.replaceSlice(working, slice)));
    LOG.infof("Indicators %s %s for %d (%d values of %d): draft %s", event.kind(), event.eventId(), event.collectionYear(),
        event.values().size() + event.removed().size(), next.size(), outcome);
  }
}
