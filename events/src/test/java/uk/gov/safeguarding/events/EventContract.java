package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The contract every event keeps: an example (synthetic aggregates, never child-level data)
 * survives a write and read through {@link EventJson} unchanged, what EventJson writes validates
 * against the event's current schema, the schema describes every record component, and the
 * schema really rejects a broken event (so the validation above can fail).
 *
 * <p>An event's contract test states only its example (the event type and its current schema
 * follow from it) and the rules its own schema adds.
 */
abstract class EventContract<E extends Record> {

  /** A realistic, fully populated example of the event. */
  abstract E example();

  /** The event type, read off the example (records are final, so this is exact). */
  @SuppressWarnings("unchecked")
  final Class<E> type() {
    return (Class<E>) example().getClass();
  }

  final JsonNode schema() {
    return EventSchemas.current(type());
  }

  final JsonNode written(Object event) {
    return EventJson.read(EventJson.write(event), JsonNode.class);
  }

  /** What the schema says of {@code event} as EventJson writes it. */
  final List<String> violationsOf(Object event) {
    return EventSchemas.violations(schema(), written(event));
  }

  /** What the schema says of the example as EventJson writes it, once {@code breaking} has edited that JSON. */
  final List<String> violationsOnceBroken(Consumer<ObjectNode> breaking) {
    ObjectNode broken = (ObjectNode) written(example());
    breaking.accept(broken);
    return EventSchemas.violations(schema(), broken);
  }

  static Consumer<String> mentioning(String text) {
    return violation -> assertThat(violation).contains(text);
  }

  @Test
  void exampleRoundTripsThroughEventJson() {
    E example = example();

    E read = EventJson.read(EventJson.write(example), type());

    assertThat(read).isEqualTo(example);
  }

  @Test
  void exampleAsEventJsonWritesItValidatesAgainstItsSchema() {
    assertThat(violationsOf(example())).isEmpty();
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
    assertThat(violationsOnceBroken(event -> event.remove("eventId"))).anySatisfy(mentioning("eventId"));
  }

  @Test
  void schemaRejectsAnEventIdThatIsNotAUuid() {
    assertThat(violationsOnceBroken(event -> event.put("eventId", "not-a-uuid"))).anySatisfy(mentioning("uuid"));
  }

  @Test
  void schemaRejectsAnOccurredAtThatIsNotADateTime() {
    assertThat(violationsOnceBroken(event -> event.put("occurredAt", "3 December 2026"))).anySatisfy(mentioning("date-time"));
  }
}
