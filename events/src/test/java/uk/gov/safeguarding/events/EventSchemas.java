package uk.gov.safeguarding.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Where each event's JSON Schema lives ({@code schemas/<event-name>.v<N>.json} on the classpath)
 * and how it is validated: draft 2020-12 with format assertions on, so {@code uuid},
 * {@code date-time} and {@code uri} are checked rather than only annotated.
 */
final class EventSchemas {
  static final String FOLDER = "schemas/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private EventSchemas() {}

  /** "MeasuresComputed" becomes "measures-computed". */
  static String nameOf(Class<? extends Record> event) {
    return event.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }

  /** The SCHEMA_VERSION constant the producers of this event write. */
  static int currentVersionOf(Class<? extends Record> event) {
    try {
      return event.getField("SCHEMA_VERSION").getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(event.getSimpleName() + " has no public static int SCHEMA_VERSION", e);
    }
  }

  static String resourceOf(Class<? extends Record> event, int version) {
    return FOLDER + nameOf(event) + ".v" + version + ".json";
  }

  static JsonNode current(Class<? extends Record> event) {
    return load(resourceOf(event, currentVersionOf(event)));
  }

  static JsonNode load(String resource) {
    try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No schema " + resource + " on the classpath");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validation errors of a JSON document against a schema, each as "instance path: message". */
  static List<String> violations(JsonNode schema, JsonNode document) {
    Schema compiled = REGISTRY.getSchema(schema);
    return compiled.validate(document).stream().map(Error::toString).toList();
  }
}
