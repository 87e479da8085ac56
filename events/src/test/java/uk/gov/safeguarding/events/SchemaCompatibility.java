package uk.gov.safeguarding.events;

import static uk.gov.safeguarding.events.SchemaNodes.resolve;
import static uk.gov.safeguarding.events.SchemaNodes.strings;
import static uk.gov.safeguarding.events.SchemaNodes.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a new version of an event schema would break a consumer of the previous one. Both ways
 * count, because a topic holds events of both versions at once: a consumer still on the previous
 * version reads events written to the new schema, and a consumer on the new version replays
 * events written to the previous one. The rules, walked through properties, array items, map
 * values and local {@code $defs}:
 *
 * <ul>
 *   <li>{@link Rule#REQUIRED_FIELD_REMOVED}: a field the previous version required is gone (a
 *       rename is a removal plus an addition), so previous consumers lose it;
 *   <li>{@link Rule#REQUIRED_FIELD_MADE_OPTIONAL}: it is still there but may now be left out;
 *   <li>{@link Rule#NEW_REQUIRED_FIELD_WITHOUT_DEFAULT}: events of the previous version lack it and
 *       the schema does not say what that means ({@code "default"});
 *   <li>{@link Rule#TYPE_CHANGED}: the JSON type (including whether null is allowed) or format of a
 *       field both versions have differs;
 *   <li>{@link Rule#ENUM_VALUE_REMOVED}: events of the previous version may carry the value;
 *   <li>{@link Rule#ENUM_VALUE_ADDED}: a consumer of the previous version rejects it ({@link
 *       EventJson} maps Java enums strictly).
 * </ul>
 *
 * Adding an optional field, or a required one with a default, is compatible: EventJson ignores
 * properties it does not know.
 */
final class SchemaCompatibility {

  enum Rule {
    REQUIRED_FIELD_REMOVED,
    REQUIRED_FIELD_MADE_OPTIONAL,
    NEW_REQUIRED_FIELD_WITHOUT_DEFAULT,
    TYPE_CHANGED,
    ENUM_VALUE_REMOVED,
    ENUM_VALUE_ADDED
  }

  /** One way the new schema breaks a consumer of the previous one, at a JSON path. */
  record Break(Rule rule, String path, String detail) {
    @Override
    public String toString() {
      return rule + " at " + path + ": " + detail;
    }
  }

  private final JsonNode previousRoot;
  private final JsonNode currentRoot;
  private final List<Break> breaks = new ArrayList<>();

  private SchemaCompatibility(JsonNode previousRoot, JsonNode currentRoot) {
    this.previousRoot = previousRoot;
    this.currentRoot = currentRoot;
  }

  /** Every break, in schema order; empty when consumers of {@code previous} are safe. */
  static List<Break> breaks(JsonNode previous, JsonNode current) {
    SchemaCompatibility check = new SchemaCompatibility(previous, current);
    check.compare(previous, current, "$");
    return List.copyOf(check.breaks);
  }

  private void compare(JsonNode previousNode, JsonNode currentNode, String path) {
    JsonNode previous = resolve(previousRoot, previousNode);
    JsonNode current = resolve(currentRoot, currentNode);
    Set<String> previousTypes = types(previous);
    Set<String> currentTypes = types(current);
    if (!previousTypes.equals(currentTypes)) {
      add(Rule.TYPE_CHANGED, path, "type " + previousTypes + " became " + currentTypes);
      return;
    }
    String previousFormat = previous.path("format").asText("none");
    String currentFormat = current.path("format").asText("none");
    if (!previousFormat.equals(currentFormat)) {
      add(Rule.TYPE_CHANGED, path, "format " + previousFormat + " became " + currentFormat);
    }
    enums(previous, current, path);
    properties(previous, current, path);
    if (previous.has("items") || current.has("items")) {
      compare(previous.path("items"), current.path("items"), path + "[]");
    }
    if (previous.path("additionalProperties").isObject() || current.path("additionalProperties").isObject()) {
      compare(previous.path("additionalProperties"), current.path("additionalProperties"), path + ".*");
    }
  }

  private void properties(JsonNode previous, JsonNode current, String path) {
    Set<String> previousRequired = strings(previous.path("required"));
    Set<String> currentRequired = strings(current.path("required"));
    JsonNode previousProperties = previous.path("properties");
    JsonNode currentProperties = current.path("properties");
    for (Iterator<String> names = previousProperties.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      String at = path + "." + name;
      if (!currentProperties.has(name)) {
        if (previousRequired.contains(name)) {
          add(Rule.REQUIRED_FIELD_REMOVED, at, "required by the previous version, not in this one");
        }
        continue;
      }
      if (previousRequired.contains(name) && !currentRequired.contains(name)) {
        add(Rule.REQUIRED_FIELD_MADE_OPTIONAL, at, "required by the previous version, optional in this one");
      }
      compare(previousProperties.get(name), currentProperties.get(name), at);
    }
    for (String name : currentRequired) {
      boolean newlyRequired = !previousRequired.contains(name);
      JsonNode property = resolve(currentRoot, currentProperties.path(name));
      if (newlyRequired && !property.has("default")) {
        add(Rule.NEW_REQUIRED_FIELD_WITHOUT_DEFAULT, path + "." + name, "events of the previous version lack it and it has no default");
      }
    }
  }

  private void enums(JsonNode previous, JsonNode current, String path) {
    if (!previous.has("enum") && !current.has("enum")) {
      return;
    }
    Set<String> before = enumValues(previous);
    Set<String> after = enumValues(current);
    Set<String> removed = new LinkedHashSet<>(before);
    removed.removeAll(after);
    Set<String> added = new LinkedHashSet<>(after);
    added.removeAll(before);
    if (previous.has("enum") && !removed.isEmpty()) {
      add(Rule.ENUM_VALUE_REMOVED, path, "values " + removed + " no longer allowed");
    }
    if (!current.has("enum") || !added.isEmpty()) {
      add(Rule.ENUM_VALUE_ADDED, path, current.has("enum") ? "values " + added + " are new" : "no longer limited to " + before);
    }
  }

  private void add(Rule rule, String path, String detail) {
    breaks.add(new Break(rule, path, detail));
  }

  private static Set<String> enumValues(JsonNode node) {
    Set<String> out = new LinkedHashSet<>();
    node.path("enum").forEach(v -> out.add(v.isNull() ? "null" : v.asText()));
    return out;
  }
}
