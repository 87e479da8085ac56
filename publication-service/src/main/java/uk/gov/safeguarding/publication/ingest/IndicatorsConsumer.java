package uk.gov.safeguarding.publication.ingest;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.IndicatorsComputed;
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
 * Consumes indicator snapshots: each one replaces its collection year's slice in the working
 * content of {@code computed-indicators} (kept apart from the historical series imported from DfE
 * published statistics), producing or replacing the Draft (idempotent by event id and by content
 * hash). The draft update is timed as {@code pipeline.stage{stage=draft}}.
 */
@ApplicationScoped
public class IndicatorsConsumer {
  private static final Logger LOG = Logger.getLogger(IndicatorsConsumer.class);
  static final EventKind<IndicatorsComputed> INDICATORS =
      EventKind.of(Topics.INDICATORS, IndicatorsComputed.class, IndicatorsComputed::eventId, IndicatorsComputed::occurredAt)
          .requiring(e -> e.values() != null && e.indicators() != null);

  @Inject IdempotentConsumer consumer;
  @Inject VersionService versions;
  @Inject PipelineStages stages;

  @Incoming("indicators")
  @Blocking
  public void on(String payload) {
    consumer.consume(INDICATORS, payload, this::store);
  }

  private void store(IndicatorsComputed snapshot) {
    DataSetContent slice;
    try {
      slice = SnapshotMapping.slice(snapshot, AreaRegistry.standard());
    } catch (IllegalArgumentException e) {
      throw new PoisonEvent("inconsistent indicators snapshot: " + e.getMessage(), e);
    }
    var outcome = stages.timer("draft", INDICATORS.name())
        .record(() -> versions.proposeDraft(DataSetIds.COMPUTED, working -> SnapshotMapping.replaceSlice(working, slice)));
    LOG.infof("Indicators snapshot %s for %d (%d values): draft %s", snapshot.eventId(), snapshot.collectionYear(), snapshot.values().size(), outcome);
  }
}
