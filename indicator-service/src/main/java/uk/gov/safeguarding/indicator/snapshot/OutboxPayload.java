package uk.gov.safeguarding.indicator.snapshot;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/** Events as the outbox stores them, from JSON written once. */
public final class OutboxPayload {
  private OutboxPayload() {}

  /**
   * The outbox form of {@link uk.gov.safeguarding.events.IndicatorsComputed}: the same properties
   * in the same order, with the definitions and values as the JSON already written for the content
   * hash, so {@code EventJson} writes it byte for byte as it writes the typed event
   * (SnapshotEventsTest) without serialising the values a second time. Same simple name, because
   * the outbox records the event type by class name.
   */
  public record IndicatorsComputed(
      int schemaVersion,
      UUID eventId,
      Instant occurredAt,
      int collectionYear,
      String contentHash,
      @JsonRawValue String indicators,
      @JsonRawValue String values) {}
}
