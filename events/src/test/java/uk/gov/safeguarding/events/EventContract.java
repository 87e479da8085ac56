package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The contract every event keeps: an example (synthetic aggregates, never child-level data)
 * survives a write and read through {@link EventJson} unchanged, what EventJson writes validates
 * against the event's current schema, the schema describes every record component, and the
 * schema really rejects a broken event (so the validation above can fail).
 */
abstract class EventContract<E extends Record> {

  abstract Class<E> type();

  /** A realistic, fully populated example of the event. */
  abstract E example();

  JsonNode schema() {
    return EventSchemas.current(type());
  }

  JsonNode written(Object event) {
    return EventJson.read(EventJson.write(event), JsonNode.class);
  }

  @Test
  void exampleRoundTripsThroughEventJson() {
    E example = example();

    E read = EventJson.read(EventJson.write(example), type());

    assertThat(read).isEqualTo(example);
  }

  @Test
  void exampleAsEventJsonWritesItValidatesAgainstItsSchema() {
    assertThat(EventSchemas.violations(schema(), written(example()))).isEmpty();
  }

  @Test
  void exampleCarriesTheCurrentSchemaVersion() {
    assertThat(written(example()).path("schemaVersion").asInt()).isEqualTo(EventSchemas.currentVersionOf(type()));
  }

  @Test
  void schemaDescribesEveryRecordComponent() {
    assertThat(RecordSchemaConformance.mismatches(type(), schema())).isEmpty();
  }

  @Test
  void schemaRejectsAnEventWithoutItsEventId() {
    ObjectNode broken = (ObjectNode) written(example());
    broken.remove("eventId");

    assertThat(EventSchemas.violations(schema(), broken)).anySatisfy(v -> assertThat(v).contains("eventId"));
  }

  @Test
  void schemaRejectsAnEventIdThatIsNotAUuid() {
    ObjectNode broken = (ObjectNode) written(example());
    broken.put("eventId", "not-a-uuid");

    assertThat(EventSchemas.violations(schema(), broken)).anySatisfy(v -> assertThat(v).contains("uuid"));
  }

  @Test
  void schemaRejectsAnOccurredAtThatIsNotADateTime() {
    ObjectNode broken = (ObjectNode) written(example());
    broken.put("occurredAt", "3 December 2026");

    assertThat(EventSchemas.violations(schema(), broken)).anySatisfy(v -> assertThat(v).contains("date-time"));
  }
}
