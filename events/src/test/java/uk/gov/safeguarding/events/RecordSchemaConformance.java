package uk.gov.safeguarding.events;

import static uk.gov.safeguarding.events.SchemaNodes.types;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a hand-written JSON Schema against the Java record it describes, component by component,
 * the way {@link EventJson} writes it: every component is a property (and no property is not a
 * component), every property is required (EventJson writes nulls too), the JSON type follows the
 * Java type, primitives are never null, UUIDs and Instants carry their formats, a Java enum's
 * constants are exactly the schema's enum, and lists, maps and nested records are checked
 * through their items, values and {@code $defs}.
 */
final class RecordSchemaConformance {
  private final JsonNode root;
  private final List<String> mismatches = new ArrayList<>();

  private RecordSchemaConformance(JsonNode root) {
    this.root = root;
  }

  /** Every way the schema fails to describe the record; empty when it conforms. */
  static List<String> mismatches(Class<? extends Record> record, JsonNode schema) {
    RecordSchemaConformance check = new RecordSchemaConformance(schema);
    check.record(record, schema, "$");
    return List.copyOf(check.mismatches);
  }

  private void record(Class<?> record, JsonNode schema, String path) {
    JsonNode node = resolve(schema);
    if (!types(node).equals(Set.of("object"))) {
      mismatches.add(path + ": record " + record.getSimpleName() + " needs type object, schema has " + types(node));
      return;
    }
    JsonNode properties = node.path("properties");
    Set<String> required = SchemaNodes.strings(node.path("required"));
    Set<String> components = new LinkedHashSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      components.add(c.getName());
      String at = path + "." + c.getName();
      if (!properties.has(c.getName())) {
        mismatches.add(at + ": component " + record.getSimpleName() + "." + c.getName() + " is not in the schema");
        continue;
      }
      if (!required.contains(c.getName())) {
        mismatches.add(at + ": not required, but EventJson always writes it");
      }
      value(c.getGenericType(), properties.get(c.getName()), at);
    }
    for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!components.contains(name)) {
        mismatches.add(path + "." + name + ": in the schema but not a component of " + record.getSimpleName());
      }
    }
  }

  private void value(Type type, JsonNode schema, String path) {
    JsonNode node = resolve(schema);
    Class<?> raw = raw(type);
    Set<String> types = types(node);
    String expected = jsonType(raw);
    Set<String> withoutNull = new LinkedHashSet<>(types);
    boolean nullable = withoutNull.remove("null");
    if (!withoutNull.equals(Set.of(expected))) {
      mismatches.add(path + ": " + raw.getSimpleName() + " needs type " + expected + ", schema has " + types);
      return;
    }
    if (raw.isPrimitive() && nullable) {
      mismatches.add(path + ": primitive " + raw.getSimpleName() + " is never null, schema allows null");
    }
    if (raw == UUID.class) {
      format(node, "uuid", path);
    } else if (raw == Instant.class) {
      format(node, "date-time", path);
    } else if (raw.isEnum()) {
      enumConstants(raw, node, path);
    } else if (List.class.isAssignableFrom(raw)) {
      value(argument(type, 0), node.path("items"), path + "[]");
    } else if (Map.class.isAssignableFrom(raw)) {
      value(argument(type, 1), node.path("additionalProperties"), path + ".*");
    } else if (raw.isRecord()) {
      record(raw, node, path);
    }
  }

  private void format(JsonNode node, String format, String path) {
    if (!format.equals(node.path("format").asText())) {
      mismatches.add(path + ": needs format " + format + ", schema has " + node.path("format").asText("none"));
    }
  }

  private void enumConstants(Class<?> raw, JsonNode node, String path) {
    Set<String> java = new LinkedHashSet<>();
    Arrays.stream(raw.getEnumConstants()).forEach(c -> java.add(((Enum<?>) c).name()));
    Set<String> schema = new LinkedHashSet<>();
    node.path("enum").forEach(v -> {
      if (!v.isNull()) {
        schema.add(v.asText());
      }
    });
    if (!java.equals(schema)) {
      mismatches.add(path + ": enum " + raw.getSimpleName() + " has " + java + ", schema has " + schema);
    }
  }

  private static String jsonType(Class<?> raw) {
    if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
      return "integer";
    }
    if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
      return "number";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "boolean";
    }
    if (raw == String.class || raw == UUID.class || raw == Instant.class || raw.isEnum()) {
      return "string";
    }
    if (List.class.isAssignableFrom(raw)) {
      return "array";
    }
    if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
      return "object";
    }
    throw new IllegalArgumentException("No JSON type known for " + raw.getName() + ": add it here");
  }

  private JsonNode resolve(JsonNode node) {
    return SchemaNodes.resolve(root, node);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("Unsupported component type " + type);
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }
}
