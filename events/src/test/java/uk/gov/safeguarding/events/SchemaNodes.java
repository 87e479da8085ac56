package uk.gov.safeguarding.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reading JSON Schema nodes the way both schema walkers here need: types, strings and local refs. */
final class SchemaNodes {
  private SchemaNodes() {}

  /** A node's {@code type}, whether written as one string or an array of them. */
  static Set<String> types(JsonNode node) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode type = node.path("type");
    if (type.isArray()) {
      type.forEach(t -> out.add(t.asText()));
    } else if (type.isTextual()) {
      out.add(type.asText());
    }
    return out;
  }

  /** The texts of a JSON array such as {@code required}, in order. */
  static Set<String> strings(JsonNode array) {
    Set<String> out = new LinkedHashSet<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  /** Follows a local {@code {"$ref": "#/$defs/Name"}} within {@code root} to its definition. */
  static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode ref = node.path("$ref");
    if (!ref.isTextual()) {
      return node;
    }
    String pointer = ref.asText();
    if (!pointer.startsWith("#")) {
      throw new IllegalArgumentException("Only local $refs are supported: " + pointer);
    }
    return resolve(root, root.at(pointer.substring(1)));
  }
}
