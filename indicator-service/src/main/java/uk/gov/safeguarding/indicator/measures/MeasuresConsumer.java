package uk.gov.safeguarding.indicator.measures;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.safeguarding.events.MeasuresComputed;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.platform.messaging.EventKind;
import uk.gov.safeguarding.platform.messaging.IdempotentConsumer;

/** Consumes {@code ${events.topic-prefix}safeguarding.measures.v1} through the shared consumer template. */
@ApplicationScoped
public class MeasuresConsumer {
  static final EventKind<MeasuresComputed> MEASURES =
      EventKind.of(Topics.MEASURES, MeasuresComputed.class, MeasuresComputed::eventId, MeasuresComputed::occurredAt)
          .requiring(e -> e.laCode() != null && e.source() != null);

  @Inject MeasureIntakeService intake;
  @Inject IdempotentConsumer consumer;

  @Incoming("measures")
  @Blocking
  public void on(String payload) {
    consumer.consume(MEASURES, payload, intake::accept);
  }
}
