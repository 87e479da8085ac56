package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.events.SchemaCompatibility.Rule.ENUM_VALUE_ADDED;
import static uk.gov.safeguarding.events.SchemaCompatibility.Rule.ENUM_VALUE_REMOVED;
import static uk.gov.safeguarding.events.SchemaCompatibility.Rule.NEW_REQUIRED_FIELD_WITHOUT_DEFAULT;
import static uk.gov.safeguarding.events.SchemaCompatibility.Rule.REQUIRED_FIELD_MADE_OPTIONAL;
import static uk.gov.safeguarding.events.SchemaCompatibility.Rule.REQUIRED_FIELD_REMOVED;
import static uk.gov.safeguarding.events.SchemaCompatibility.Rule.TYPE_CHANGED;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

  /** A previous version: a release with a status, a nullable reason and a list of files. */
  private static final String PREVIOUS =
      """
      {"type": "object",
       "required": ["eventId", "status", "reason", "files", "sizes"],
       "properties": {
         "eventId": {"type": "string", "format": "uuid"},
         "status": {"type": "string", "enum": ["PUBLISHED", "WITHDRAWN"]},
         "reason": {"type": ["string", "null"]},
         "files": {"type": "array", "items": {"$ref": "#/$defs/File"}},
         "sizes": {"type": "object", "additionalProperties": {"type": "integer"}}},
       "$defs": {"File": {"type": "object", "required": ["url", "bytes"],
         "properties": {"url": {"type": "string"}, "bytes": {"type": "integer"}}}}}
      """;

  private static List<SchemaCompatibility.Break> breaks(String current) {
    return SchemaCompatibility.breaks(EventSchemas.parse(PREVIOUS), EventSchemas.parse(current));
  }

  private static Tuple rule(SchemaCompatibility.Rule rule, String path) {
    return Tuple.tuple(rule, path);
  }

  @Test
  void theSameSchemaIsCompatible() {
    assertThat(breaks(PREVIOUS)).isEmpty();
  }

  @Test
  void anAddedOptionalFieldIsCompatible() {
    assertThat(breaks(PREVIOUS.replace("\"reason\": {", "\"note\": {\"type\": \"string\"}, \"reason\": {"))).isEmpty();
  }

  @Test
  void anAddedRequiredFieldWithADefaultIsCompatible() {
    String current =
        PREVIOUS.replace("\"sizes\"]", "\"sizes\", \"revision\"]")
            .replace("\"reason\": {", "\"revision\": {\"type\": \"integer\", \"default\": 0}, \"reason\": {");

    assertThat(breaks(current)).isEmpty();
  }

  @Test
  void anAddedRequiredFieldWithoutADefaultBreaksReplaysOfPreviousEvents() {
    String current =
        PREVIOUS.replace("\"sizes\"]", "\"sizes\", \"revision\"]")
            .replace("\"reason\": {", "\"revision\": {\"type\": \"integer\"}, \"reason\": {");

    assertThat(breaks(current)).extracting("rule", "path").containsExactly(rule(NEW_REQUIRED_FIELD_WITHOUT_DEFAULT, "$.revision"));
  }

  @Test
  void aRemovedRequiredFieldBreaksPreviousConsumers() {
    String current = PREVIOUS.replace("\"reason\", ", "").replace("\"reason\": {\"type\": [\"string\", \"null\"]},", "");

    assertThat(breaks(current)).extracting("rule", "path").containsExactly(rule(REQUIRED_FIELD_REMOVED, "$.reason"));
  }

  @Test
  void aRenamedFieldIsARemovalAndANewRequiredField() {
    String current = PREVIOUS.replace("\"reason\"", "\"why\"");

    assertThat(breaks(current))
        .extracting("rule", "path")
        .containsExactly(rule(REQUIRED_FIELD_REMOVED, "$.reason"), rule(NEW_REQUIRED_FIELD_WITHOUT_DEFAULT, "$.why"));
  }

  @Test
  void aRequiredFieldMadeOptionalBreaksPreviousConsumers() {
    assertThat(breaks(PREVIOUS.replace("\"reason\", ", "")))
        .extracting("rule", "path")
        .containsExactly(rule(REQUIRED_FIELD_MADE_OPTIONAL, "$.reason"));
  }

  @Test
  void aChangedTypeBreaks() {
    assertThat(breaks(PREVIOUS.replace("\"eventId\": {\"type\": \"string\", \"format\": \"uuid\"}", "\"eventId\": {\"type\": \"integer\"}")))
        .extracting("rule", "path")
        .containsExactly(rule(TYPE_CHANGED, "$.eventId"));
  }

  @Test
  void allowingOrDisallowingNullIsATypeChange() {
    assertThat(breaks(PREVIOUS.replace("[\"string\", \"null\"]", "\"string\"")))
        .extracting("rule", "path")
        .containsExactly(rule(TYPE_CHANGED, "$.reason"));
  }

  @Test
  void aChangedFormatIsATypeChange() {
    assertThat(breaks(PREVIOUS.replace("\"uuid\"", "\"uri\"")))
        .extracting("rule", "path")
        .containsExactly(rule(TYPE_CHANGED, "$.eventId"));
  }

  @Test
  void aRemovedEnumValueBreaksReplaysOfPreviousEvents() {
    assertThat(breaks(PREVIOUS.replace("[\"PUBLISHED\", \"WITHDRAWN\"]", "[\"PUBLISHED\"]")))
        .extracting("rule", "path")
        .containsExactly(rule(ENUM_VALUE_REMOVED, "$.status"));
  }

  @Test
  void anAddedEnumValueBreaksPreviousConsumers() {
    assertThat(breaks(PREVIOUS.replace("[\"PUBLISHED\", \"WITHDRAWN\"]", "[\"PUBLISHED\", \"WITHDRAWN\", \"DEPRECATED\"]")))
        .extracting("rule", "path")
        .containsExactly(rule(ENUM_VALUE_ADDED, "$.status"));
  }

  @Test
  void reordersOfEnumValuesAndRequiredNamesAreCompatible() {
    String current =
        PREVIOUS.replace("[\"PUBLISHED\", \"WITHDRAWN\"]", "[\"WITHDRAWN\", \"PUBLISHED\"]")
            .replace("[\"eventId\", \"status\"", "[\"status\", \"eventId\"");

    assertThat(breaks(current)).isEmpty();
  }

  @Test
  void checksFieldsOfListItemsThroughTheirDefinitions() {
    assertThat(breaks(PREVIOUS.replace("\"bytes\": {\"type\": \"integer\"}", "\"bytes\": {\"type\": \"string\"}")))
        .extracting("rule", "path")
        .containsExactly(rule(TYPE_CHANGED, "$.files[].bytes"));
  }

  @Test
  void checksMapValues() {
    assertThat(breaks(PREVIOUS.replace("\"additionalProperties\": {\"type\": \"integer\"}", "\"additionalProperties\": {\"type\": \"number\"}")))
        .extracting("rule", "path")
        .containsExactly(rule(TYPE_CHANGED, "$.sizes.*"));
  }
}
