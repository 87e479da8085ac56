package uk.gov.safeguarding.platform.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one consumer reads from its topic: the event class, how to find its id and its own
 * timestamp, and which fields it cannot do without.
 *
 * @param occurredAt the event's own timestamp (its age is recorded at consumption); may return null
 * @param complete true when the event carries what the consumer needs; an incomplete one is skipped
 */
public record EventKind<E>(String topic, Class<E> type, Function<E, UUID> eventId, Function<E, Instant> occurredAt,
    Predicate<E> complete) {

  public EventKind {
    Objects.requireNonNull(topic);
    Objects.requireNonNull(type);
    Objects.requireNonNull(eventId);
    Objects.requireNonNull(occurredAt);
    Objects.requireNonNull(complete);
  }

  public static <E> EventKind<E> of(String topic, Class<E> type, Function<E, UUID> eventId, Function<E, Instant> occurredAt) {
    return new EventKind<>(topic, type, eventId, occurredAt, e -> true);
  }

  /** The same kind, skipping events for which {@code required} is false (besides those without an id). */
  public EventKind<E> requiring(Predicate<E> required) {
    return new EventKind<>(topic, type, eventId, occurredAt, complete.and(required));
  }

  /** The event's simple class name, the {@code event} tag of its meters. */
  public String name() {
    return type.getSimpleName();
  }
}
