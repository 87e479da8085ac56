package uk.gov.safeguarding.publication.localmeasure;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.LocalMeasuresPublished;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.platform.messaging.EventKind;
import uk.gov.safeguarding.platform.messaging.IdempotentConsumer;

/** Consumes public local measures; the latest revision per LA and period wins. */
@ApplicationScoped
public class LocalMeasuresConsumer {
  private static final Logger LOG = Logger.getLogger(LocalMeasuresConsumer.class);
  static final EventKind<LocalMeasuresPublished> LOCAL_MEASURES =
      EventKind.of(Topics.EVIDENCE, LocalMeasuresPublished.class, LocalMeasuresPublished::eventId, LocalMeasuresPublished::occurredAt)
          .requiring(e -> e.laCode() != null && e.period() != null);

  @Inject IdempotentConsumer consumer;
  @Inject LocalMeasuresService service;

  @Incoming("evidence")
  @Blocking
  public void on(String payload) {
    consumer.consume(LOCAL_MEASURES, payload, this::store);
  }

  private void store(LocalMeasuresPublished event) {
    var outcome = service.accept(event);
    LOG.infof("Local measures of %s %s revision %d: draft %s", event.laCode(), event.period(), event.revision(), outcome);
  }
}
