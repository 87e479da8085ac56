package uk.gov.safeguarding.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the Keycloak that deploy/local/infra-up starts (realm "safeguarding").
 * Tokens are cached per client for the test JVM (they live an hour).
 */
public final class KeycloakTokens {
  private static final String TOKEN_URL =
      System.getenv().getOrDefault("OIDC_AUTH_SERVER_URL", System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180") + "/realms/safeguarding")
          + "/protocol/openid-connect/token";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private KeycloakTokens() {}

  /** A system-to-system token of a local authority's client, e.g. {@code forLa("301")}. */
  public static String forLa(String oldLaCode) {
    return clientCredentials("la-" + oldLaCode, "la-" + oldLaCode + "-secret");
  }

  /** Publisher and DfE analyst roles. */
  public static String publisher() {
    return clientCredentials("dfe-publisher", "dfe-publisher-secret");
  }

  /** DfE analyst role only. */
  public static String dfeAnalyst() {
    return clientCredentials("dfe-analyst", "dfe-analyst-secret");
  }

  /** Data steward role (and DfE analyst). */
  public static String dataSteward() {
    return clientCredentials("dfe-data-steward", "dfe-data-steward-secret");
  }

  /** Platform admin role. */
  public static String admin() {
    return clientCredentials("platform-admin", "platform-admin-secret");
  }

  public static String clientCredentials(String clientId, String secret) {
    return CACHE.computeIfAbsent(clientId, id -> fetch(id, secret));
  }

  private static String fetch(String clientId, String secret) {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(TOKEN_URL))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused a token for " + clientId + ": HTTP " + response.statusCode() + " (is deploy/local/infra-up running?)");
      }
      return JSON.readTree(response.body()).get("access_token").asText();
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak is not reachable at " + TOKEN_URL + " (run deploy/local/infra-up)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
