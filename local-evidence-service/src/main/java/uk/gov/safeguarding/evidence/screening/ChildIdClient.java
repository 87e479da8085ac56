package uk.gov.safeguarding.evidence.screening;

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
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.platform.hashing.Sha256;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;

/**
 * Asks ingestion-service whether candidate words are the LA's own LAchildIDs, through
 * {@code POST /v1/local-authorities/{la}/child-id-checks}: each candidate is sent only as
 * HMAC-SHA256 keyed with a fresh random nonce, with the caller's own (LA) token, and only yes/no
 * comes back. When ingestion cannot answer, the text cannot be screened, so the request fails
 * with 503 rather than letting unscreened text through.
 */
@ApplicationScoped
public class ChildIdClient {
  private static final Logger LOG = Logger.getLogger(ChildIdClient.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "evidence.screening.ingestion-url")
  String ingestionUrl;

  @ConfigProperty(name = "evidence.screening.timeout", defaultValue = "5s")
  Duration timeout;

  @Inject SecurityIdentity identity;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** The index of the first candidate that is an LAchildID the LA has sent, or -1. */
  public int firstKnown(String laOldCode, List<String> candidates) {
    if (candidates.isEmpty()) {
      return -1;
    }
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    List<String> digests = candidates.stream().map(c -> digest(nonce, c)).toList();
    try {
      String body = JSON.writeValueAsString(Map.of("nonce", HexFormat.of().formatHex(nonce), "digests", digests));
      HttpRequest request = HttpRequest.newBuilder(URI.create(ingestionUrl + "/v1/local-authorities/" + laOldCode + "/child-id-checks"))
          .timeout(timeout)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("Authorization", "Bearer " + rawToken())
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warnf("ingestion-service answered a child-id check with HTTP %d", response.statusCode());
        throw unavailable();
      }
      JsonNode known = JSON.readTree(response.body()).path("known");
      if (!known.isArray() || known.size() != digests.size()) {
        throw unavailable();
      }
      for (int i = 0; i < known.size(); i++) {
        if (known.get(i).asBoolean(false)) {
          return i;
        }
      }
      return -1;
    } catch (IOException e) {
      LOG.warnf("ingestion-service is unreachable for child-id checks: %s", e.getClass().getSimpleName());
      throw unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable();
    }
  }

  private String rawToken() {
    if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
      return jwt.getRawToken();
    }
    throw unavailable();
  }

  static String digest(byte[] nonce, String candidate) {
    return Sha256.hmacHex(nonce, candidate);
  }

  static ProblemException unavailable() {
    return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, 503,
        "Free text cannot be screened for the local authority's child ids now (ingestion-service is unavailable); nothing was saved or shared, try again later",
        List.of());
  }
}
