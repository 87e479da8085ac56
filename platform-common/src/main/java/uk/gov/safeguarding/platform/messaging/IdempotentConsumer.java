package uk.gov.safeguarding.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.events.EventJson;

/**
 * The one way a service consumes an event, so every {@code @Incoming} method is a line:
 * <ol>
 *   <li>read the payload; an unreadable or incomplete record is skipped (never logged: it could
 *       hold anything) and counted as {@code messaging.skipped}, so one bad record cannot block
 *       its partition;
 *   <li>in one new transaction, mark the event id processed ({@link ProcessedEvents}) and apply
 *       the effect; a redelivered event finds the mark and is not applied again, and a failed
 *       effect rolls the mark back with it, so the redelivery applies it;
 *   <li>a transient failure is retried with backoff ({@link Redelivery}) until it commits or
 *       {@code messaging.redelivery.max-duration} runs out, which fails the channel (health DOWN);
 *   <li>an effect that throws {@link PoisonEvent} is rolled back, then the event is marked
 *       processed on its own and counted as {@code messaging.poison}.
 * </ol>
 * Each consumed event records {@code pipeline.stage{stage=consume}} (read to commit) and its age
 * at consumption {@code pipeline.event.age} from the event's own timestamp.
 */
@ApplicationScoped
public class IdempotentConsumer {
  private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

  /** What happened to a record. */
  public enum Outcome { APPLIED, DUPLICATE, SKIPPED, POISON }

  @Inject ProcessedEvents processed;
  @Inject Redelivery redelivery;
  @Inject PipelineStages stages;
  @Inject MeterRegistry registry;

  public <E> Outcome consume(EventKind<E> kind, String payload, Consumer<E> effect) {
    long start = System.nanoTime();
    E event = read(kind, payload);
    if (event == null) {
      return Outcome.SKIPPED;
    }
    UUID id = kind.eventId().apply(event);
    Instant occurredAt = kind.occurredAt().apply(event);
    if (occurredAt != null) {
      stages.recordAge(kind.name(), Duration.between(occurredAt, Instant.now()));
    }
    Outcome outcome = applyOnce(kind, id, event, effect);
    stages.record("consume", kind.name(), Duration.ofNanos(System.nanoTime() - start));
    return outcome;
  }

  private <E> E read(EventKind<E> kind, String payload) {
    E event;
    try {
      event = payload == null ? null : EventJson.read(payload, kind.type());
    } catch (IllegalArgumentException e) {
      event = null;
    }
    if (event == null) {
      skipped(kind, "unreadable");
      LOG.warnf("Skipping an unreadable %s record on %s (%d chars)", kind.name(), kind.topic(), payload == null ? 0 : payload.length());
      return null;
    }
    if (kind.eventId().apply(event) == null || !kind.complete().test(event)) {
      skipped(kind, "incomplete");
      LOG.warnf("Skipping an incomplete %s event on %s", kind.name(), kind.topic());
      return null;
    }
    return event;
  }

  private <E> Outcome applyOnce(EventKind<E> kind, UUID id, E event, Consumer<E> effect) {
    Attempt attempt = redelivery.untilDone(kind.topic(), () -> {
      try {
        return new Attempt(QuarkusTransaction.requiringNew().call(() -> {
          if (!processed.firstDelivery(id, kind.topic())) {
            return Outcome.DUPLICATE;
          }
          effect.accept(event);
          return Outcome.APPLIED;
        }), null);
      } catch (RuntimeException e) {
        PoisonEvent poison = poisonIn(e);
        if (poison == null) {
          throw e; // transient: retried
        }
        return new Attempt(Outcome.POISON, poison);
      }
    });
    if (attempt.poison() == null) {
      return attempt.outcome();
    }
    redelivery.inNewTransaction(kind.topic(), () -> processed.firstDelivery(id, kind.topic()));
    registry.counter("messaging.poison", "service", stages.service(), "event", kind.name()).increment();
    LOG.warnf("Skipping %s event %s, which cannot be applied: %s", kind.name(), id, attempt.poison().getMessage());
    return Outcome.POISON;
  }

  /** How the one successful attempt ended: its outcome, and the poison that ended it, if any. */
  private record Attempt(Outcome outcome, PoisonEvent poison) {}

  private void skipped(EventKind<?> kind, String reason) {
    registry.counter("messaging.skipped", "service", stages.service(), "event", kind.name(), "reason", reason).increment();
  }

  private static PoisonEvent poisonIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PoisonEvent p) {
        return p;
      }
    }
    return null;
  }
}
