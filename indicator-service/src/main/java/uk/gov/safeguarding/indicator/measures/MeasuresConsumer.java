package uk.gov.safeguarding.indicator.measures;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.MeasuresComputed;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.platform.messaging.Redelivery;

/** Consumes {@code ${events.topic-prefix}safeguarding.measures.v1}. */
@ApplicationScoped
public class MeasuresConsumer {
  private static final Logger LOG = Logger.getLogger(MeasuresConsumer.class);

  @Inject MeasureIntakeService intake;
  @Inject Redelivery redelivery;

  @Incoming("measures")
  @Blocking
  public void on(String payload) {
    MeasuresComputed event;
    try {
      event = EventJson.read(payload, MeasuresComputed.class);
    } catch (IllegalArgumentException e) {
      // Skip a malformed record rather than block the partition; never log the payload.
      LOG.warn("Skipping a measures record that is not a valid MeasuresComputed event");
      return;
    }
    if (event.eventId() == null || event.laCode() == null || event.source() == null) {
      LOG.warn("Skipping a MeasuresComputed event without eventId, laCode or source");
      return;
    }
    redelivery.untilDone(Topics.MEASURES, () -> intake.accept(event));
  }
}
