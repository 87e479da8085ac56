package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordSchemaConformanceTest {
  enum Colour { RED, GREEN }

  record Part(String name, long count) {}

  record Sample(int version, UUID id, Instant at, Colour colour, BigDecimal amount, String note, List<Part> parts, Map<String, Long> totals) {}

  private static final String CONFORMING =
      """
      {"type": "object",
       "required": ["version", "id", "at", "colour", "amount", "note", "parts", "totals"],
       "properties": {
         "version": {"type": "integer"},
         "id": {"type": "string", "format": "uuid"},
         "at": {"type": "string", "format": "date-time"},
         "colour": {"type": "string", "enum": ["RED", "GREEN"]},
         "amount": {"type": "number"},
         "note": {"type": ["string", "null"]},
         "parts": {"type": "array", "items": {"$ref": "#/$defs/Part"}},
         "totals": {"type": "object", "additionalProperties": {"type": "integer"}}},
       "$defs": {"Part": {"type": "object", "required": ["name", "count"],
         "properties": {"name": {"type": "string"}, "count": {"type": "integer"}}}}}
      """;

  private static List<String> mismatches(String schema) {
    return RecordSchemaConformance.mismatches(Sample.class, EventSchemas.parse(schema));
  }

  @Test
  void aSchemaDescribingEveryComponentConforms() {
    assertThat(mismatches(CONFORMING)).isEmpty();
  }

  @Test
  void reportsAComponentMissingFromTheSchema() {
    JsonNode schema = EventSchemas.parse(CONFORMING);
    ((com.fasterxml.jackson.databind.node.ObjectNode) schema.path("properties")).remove("note");

    assertThat(RecordSchemaConformance.mismatches(Sample.class, schema)).containsExactly("$.note: component Sample.note is not in the schema");
  }

  @Test
  void reportsAPropertyThatIsNoComponent() {
    assertThat(mismatches(CONFORMING.replace("\"amount\": {\"type\": \"number\"},", "\"amount\": {\"type\": \"number\"}, \"extra\": {\"type\": \"string\"},")))
        .containsExactly("$.extra: in the schema but not a component of Sample");
  }

  @Test
  void reportsAComponentThatIsNotRequired() {
    assertThat(mismatches(CONFORMING.replace("\"amount\", \"note\"", "\"amount\"")))
        .containsExactly("$.note: not required, but EventJson always writes it");
  }

  @Test
  void reportsAJsonTypeThatDoesNotFollowTheJavaType() {
    assertThat(mismatches(CONFORMING.replace("\"amount\": {\"type\": \"number\"}", "\"amount\": {\"type\": \"string\"}")))
        .containsExactly("$.amount: BigDecimal needs type number, schema has [string]");
  }

  @Test
  void reportsANullablePrimitive() {
    assertThat(mismatches(CONFORMING.replace("\"version\": {\"type\": \"integer\"}", "\"version\": {\"type\": [\"integer\", \"null\"]}")))
        .containsExactly("$.version: primitive int is never null, schema allows null");
  }

  @Test
  void reportsAMissingUuidOrDateTimeFormat() {
    assertThat(mismatches(CONFORMING.replace(", \"format\": \"uuid\"", "").replace(", \"format\": \"date-time\"", "")))
        .containsExactly("$.id: needs format uuid, schema has none", "$.at: needs format date-time, schema has none");
  }

  @Test
  void reportsAnEnumThatDiffersFromTheJavaConstants() {
    assertThat(mismatches(CONFORMING.replace("[\"RED\", \"GREEN\"]", "[\"RED\", \"BLUE\"]")))
        .containsExactly("$.colour: enum Colour has [RED, GREEN], schema has [RED, BLUE]");
  }

  @Test
  void checksListItemsThroughTheirDefinition() {
    assertThat(mismatches(CONFORMING.replace("\"count\": {\"type\": \"integer\"}", "\"count\": {\"type\": \"number\"}")))
        .containsExactly("$.parts[].count: long needs type integer, schema has [number]");
  }

  @Test
  void checksMapValues() {
    assertThat(mismatches(CONFORMING.replace("\"additionalProperties\": {\"type\": \"integer\"}", "\"additionalProperties\": {\"type\": \"string\"}")))
        .containsExactly("$.totals.*: Long needs type integer, schema has [string]");
  }
}
