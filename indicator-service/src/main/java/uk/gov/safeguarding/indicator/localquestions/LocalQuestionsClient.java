package uk.gov.safeguarding.indicator.localquestions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Reads the local question catalogue and the LA's own evidence from local-evidence-service (which
 * owns them), with the caller's token so its sharing rules decide what evidence is seen. When the
 * service cannot answer, the profile is still served, marked {@code localQuestionsStatus =
 * UNAVAILABLE}.
 */
@ApplicationScoped
public class LocalQuestionsClient {
  private static final Logger LOG = Logger.getLogger(LocalQuestionsClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "indicators.evidence-url")
  String evidenceUrl;

  @ConfigProperty(name = "indicators.evidence-timeout", defaultValue = "3s")
  Duration timeout;

  @Inject SecurityIdentity identity;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** The catalogue and the LA's evidence, or empty when local-evidence-service is unavailable. */
  public Optional<Snapshot> read(String laOldCode) {
    Optional<JsonNode> catalogue = catalogue();
    if (catalogue.isEmpty()) {
      return Optional.empty();
    }
    Optional<JsonNode> evidence = get("/v1/local-authorities/" + laOldCode + "/evidence").filter(JsonNode::isArray);
    return Optional.of(new Snapshot(catalogue.get(), evidence.orElse(JSON.createArrayNode()), evidence.isPresent(), evidenceUrl));
  }

  /**
   * The catalogue changes rarely (a question added or reworded), so it is kept for a minute: a
   * profile run over every LA and year then asks for it once a minute, not once a profile.
   */
  private Optional<JsonNode> catalogue() {
    Cached c = cached;
    if (c != null && c.at().plus(CATALOGUE_TTL).isAfter(java.time.Instant.now())) {
      return Optional.of(c.catalogue());
    }
    Optional<JsonNode> fresh = get("/v1/questions");
    fresh.ifPresent(f -> cached = new Cached(f, java.time.Instant.now()));
    return fresh;
  }

  private static final Duration CATALOGUE_TTL = Duration.ofMinutes(1);

  private record Cached(JsonNode catalogue, java.time.Instant at) {}

  private volatile Cached cached;

  /**
   * What the profile needs from local-evidence-service for one LA.
   *
   * @param evidenceRead false when the catalogue was read but the LA's evidence could not be
   */
  public record Snapshot(JsonNode catalogue, JsonNode evidence, boolean evidenceRead, String evidenceBase) {}

  private Optional<JsonNode> get(String path) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(evidenceUrl + path)).timeout(timeout).header("Accept", "application/json").GET();
      if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
        request.header("Authorization", "Bearer " + jwt.getRawToken());
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warnf("local-evidence-service answered %s with HTTP %d", path.startsWith("/v1/questions") ? "the question catalogue" : "the LA's evidence", response.statusCode());
        return Optional.empty();
      }
      return Optional.of(JSON.readTree(response.body()));
    } catch (IOException | IllegalArgumentException e) {
      LOG.debugf("local-evidence-service unavailable: %s", e.getClass().getSimpleName());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
