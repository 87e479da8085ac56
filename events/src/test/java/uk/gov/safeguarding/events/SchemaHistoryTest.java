package uk.gov.safeguarding.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema version ever published stays in {@code schemas/}, and each version is compatible
 * with the one before it ({@link SchemaCompatibility}): a change that would break a consumer of
 * the previous version needs a new topic, not a new schema version. To change an event, add
 * {@code <event>.v<N+1>.json}, raise the record's SCHEMA_VERSION, keep the older files and add the
 * new file's SHA-256 to {@code src/test/resources/published-schemas.sha256}: a published file
 * never changes, so the comparison above always runs against what consumers were given.
 */
class SchemaHistoryTest {
  private static final String MANIFEST = "published-schemas.sha256";

  static List<Class<? extends Record>> events() {
    return List.of(MeasuresComputed.class, IndicatorsComputed.class, IndicatorsChanged.class, LocalMeasuresPublished.class, DataSetReleased.class);
  }

  @ParameterizedTest
  @MethodSource("events")
  void everyPublishedVersionIsKept(Class<? extends Record> event) {
    for (int v = 1; v <= EventSchemas.currentVersionOf(event); v++) {
      assertThat(EventSchemas.class.getClassLoader().getResource(EventSchemas.resourceOf(event, v)))
          .as("schema version %d of %s", v, event.getSimpleName())
          .isNotNull();
    }
  }

  @ParameterizedTest
  @MethodSource("events")
  void eachVersionKeepsConsumersOfThePreviousOneWorking(Class<? extends Record> event) {
    for (int v = 2; v <= EventSchemas.currentVersionOf(event); v++) {
      var previous = EventSchemas.load(EventSchemas.resourceOf(event, v - 1));
      var current = EventSchemas.load(EventSchemas.resourceOf(event, v));

      assertThat(SchemaCompatibility.breaks(previous, current)).as("%s v%d against v%d", event.getSimpleName(), v, v - 1).isEmpty();
    }
  }

  @Test
  void publishedSchemaFilesNeverChange() throws IOException {
    Map<String, String> published = manifest();
    for (Map.Entry<String, String> file : published.entrySet()) {
      assertThat(sha256(schemasFolder().resolve(file.getKey())))
          .as("%s was published: add a new version instead of editing it", file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void everySchemaFileIsInThePublishedManifest() throws IOException {
    try (Stream<Path> files = Files.list(schemasFolder())) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("schema files against %s", MANIFEST)
          .containsExactlyInAnyOrderElementsOf(manifest().keySet());
    }
  }

  /** File name to SHA-256, from lines in sha256sum's format ("hex  name"). */
  private static Map<String, String> manifest() throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(resource(MANIFEST), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        String[] parts = line.trim().split("\\s+", 2);
        out.put(parts[1], parts[0]);
      }
    }
    return out;
  }

  /** The committed folder (not target/classes, which may still hold a file deleted since). */
  private static Path schemasFolder() {
    return Path.of("src/main/resources", EventSchemas.FOLDER);
  }

  private static Path resource(String name) {
    try {
      return Path.of(EventSchemas.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
