package uk.gov.safeguarding.publication.localmeasure;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.LocalMeasuresPublished;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.platform.messaging.ProcessedEvents;
import uk.gov.safeguarding.platform.messaging.Redelivery;

/** Consumes public local measures; the latest revision per LA and period wins. */
@ApplicationScoped
public class LocalMeasuresConsumer {
  private static final Logger LOG = Logger.getLogger(LocalMeasuresConsumer.class);

  @Inject ProcessedEvents processed;
  @Inject LocalMeasuresService service;
  @Inject Redelivery redelivery;

  @Incoming("evidence")
  @Blocking
  public void on(String payload) {
    LocalMeasuresPublished event;
    try {
      event = EventJson.read(payload, LocalMeasuresPublished.class);
    } catch (IllegalArgumentException e) {
      LOG.warnf("Skipping an unreadable %s message", Topics.EVIDENCE);
      return;
    }
    if (event.eventId() == null || event.laCode() == null || event.period() == null) {
      return; // another event type on the evidence topic
    }
    redelivery.inNewTransaction(Topics.EVIDENCE, () -> store(event));
  }

  private void store(LocalMeasuresPublished event) {
    if (!processed.firstDelivery(event.eventId(), Topics.EVIDENCE)) {
      return;
    }
    var outcome = service.accept(event);
    LOG.infof("Local measures of %s %s revision %d: draft %s", event.laCode(), event.period(), event.revision(), outcome);
  }
}
