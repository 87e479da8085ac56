package uk.gov.safeguarding.publication.ingest;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.IndicatorsComputed;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.platform.messaging.ProcessedEvents;
import uk.gov.safeguarding.platform.messaging.Redelivery;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.dataset.DataSetIds;
import uk.gov.safeguarding.publication.version.VersionService;
import uk.gov.safeguarding.reference.AreaRegistry;

/**
 * Consumes indicator snapshots: each one replaces its collection year's slice in the working
 * content of {@code computed-indicators} (kept apart from the historical series imported from DfE
 * published statistics), producing or replacing the Draft (idempotent by event id and by content
 * hash).
 */
@ApplicationScoped
public class IndicatorsConsumer {
  private static final Logger LOG = Logger.getLogger(IndicatorsConsumer.class);

  @Inject ProcessedEvents processed;
  @Inject VersionService versions;
  @Inject Redelivery redelivery;

  @Incoming("indicators")
  @Blocking
  public void on(String payload) {
    IndicatorsComputed snapshot;
    try {
      snapshot = EventJson.read(payload, IndicatorsComputed.class);
    } catch (IllegalArgumentException e) {
      LOG.warnf("Skipping an unreadable %s message (%d bytes)", Topics.INDICATORS, payload == null ? 0 : payload.length());
      return;
    }
    if (snapshot.eventId() == null || snapshot.values() == null || snapshot.indicators() == null) {
      LOG.warnf("Skipping an incomplete %s event", Topics.INDICATORS);
      return;
    }
    redelivery.inNewTransaction(Topics.INDICATORS, () -> store(snapshot));
  }

  private void store(IndicatorsComputed snapshot) {
    if (!processed.firstDelivery(snapshot.eventId(), Topics.INDICATORS)) {
      return;
    }
    DataSetContent slice;
    try {
      slice = SnapshotMapping.slice(snapshot, AreaRegistry.standard());
    } catch (IllegalArgumentException e) {
      LOG.warnf("Skipping inconsistent indicators snapshot %s: %s", snapshot.eventId(), e.getMessage());
      return;
    }
    var outcome = versions.proposeDraft(DataSetIds.COMPUTED, working -> SnapshotMapping.replaceSlice(working, slice));
    LOG.infof("Indicators snapshot %s for %d (%d values): draft %s", snapshot.eventId(), snapshot.collectionYear(), snapshot.values().size(), outcome);
  }
}
