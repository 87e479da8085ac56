package uk.gov.safeguarding.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The exported OpenAPI contract in {@code openapi/<service>.json} must match what the code
 * serves. Run a service's tests with {@code -Dopenapi.export=true} to rewrite the file after an
 * intended API change, then commit it. The identity provider's address in the security schemes
 * depends on where the service runs (a stack moved by STACK_PORT_OFFSET has Keycloak elsewhere),
 * so both sides name the local default, {@value #LOCAL_KEYCLOAK}.
 */
public final class OpenApiContract {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  static final String LOCAL_KEYCLOAK = "http://localhost:8180";

  private OpenApiContract() {}

  /**
   * Compares the live spec with the committed one.
   *
   * @param service e.g. "ingestion-service"
   * @param liveSpecJson the body of {@code GET /q/openapi?format=json}
   * @return null when they match, else a message naming the difference
   */
  public static String drift(String service, String liveSpecJson) {
    Path file = repositoryRoot().resolve("openapi").resolve(service + ".json");
    try {
      JsonNode live = withLocalIdentityProvider(JSON.readTree(liveSpecJson));
      String pretty = JSON.writeValueAsString(JSON.treeToValue(live, Object.class)) + "\n";
      if (Boolean.getBoolean("openapi.export")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, pretty);
        return null;
      }
      if (!Files.exists(file)) {
        return file + " is missing: run the tests with -Dopenapi.export=true and commit it";
      }
      JsonNode committed = withLocalIdentityProvider(JSON.readTree(Files.readString(file)));
      if (committed.equals(live)) {
        return null;
      }
      return file + " differs from the API the code serves: review the change, re-export with -Dopenapi.export=true and commit it";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spec with every security scheme's OpenID Connect URL on the local default Keycloak. */
  static JsonNode withLocalIdentityProvider(JsonNode spec) {
    JsonNode schemes = spec.path("components").path("securitySchemes");
    schemes.forEach(scheme -> {
      if (scheme.hasNonNull("openIdConnectUrl")) {
        String url = scheme.get("openIdConnectUrl").asText();
        ((com.fasterxml.jackson.databind.node.ObjectNode) scheme).put("openIdConnectUrl", url.replaceFirst("^https?://[^/]+", LOCAL_KEYCLOAK));
      }
    });
    return spec;
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("Cannot find the repository root (no mvnw above " + Path.of("").toAbsolutePath() + ")");
    }
    return dir;
  }
}
