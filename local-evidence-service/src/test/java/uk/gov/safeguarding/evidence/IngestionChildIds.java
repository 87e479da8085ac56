package uk.gov.safeguarding.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.safeguarding.platform.hashing.Sha256;

/**
 * A stand-in for ingestion-service's {@code POST /v1/local-authorities/{la}/child-id-checks} in
 * this module's tests: it implements the same protocol (HMAC-SHA256 of each id under the request's
 * nonce, yes/no per digest) over a set of LAchildIDs a test registers per LA, and can be taken down
 * to test the 503 path. The real endpoint is tested in ingestion-service (ChildIdCheckFlowTest).
 */
public class IngestionChildIds implements QuarkusTestResourceLifecycleManager {
  private static final Map<String, Set<String>> IDS = new ConcurrentHashMap<>();
  private static final Pattern PATH = Pattern.compile("/v1/local-authorities/([^/]+)/child-id-checks");
  private static volatile boolean down;
  private static final List<String> BODIES = java.util.Collections.synchronizedList(new ArrayList<>());
  private HttpServer server;

  /** The LA "has sent" this LAchildID. */
  public static void sent(String la, String laChildId) {
    IDS.computeIfAbsent(la, k -> ConcurrentHashMap.newKeySet()).add(laChildId);
  }

  public static void down(boolean isDown) {
    down = isDown;
  }

  /** Every request body received, to show that no candidate travels in clear. */
  public static List<String> bodies() {
    return List.copyOf(BODIES);
  }

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ObjectMapper json = new ObjectMapper();
    server.createContext("/v1/local-authorities/", exchange -> {
      Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      int status;
      byte[] out;
      if (down) {
        status = 503;
        out = new byte[0];
      } else if (!m.matches() || !"POST".equals(exchange.getRequestMethod()) || auth == null || !auth.startsWith("Bearer ")) {
        status = 401;
        out = new byte[0];
      } else {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        BODIES.add(body);
        JsonNode req = json.readTree(body);
        byte[] nonce = HexFormat.of().parseHex(req.get("nonce").asText());
        Set<String> known = ConcurrentHashMap.newKeySet();
        for (String id : IDS.getOrDefault(m.group(1), Set.of())) {
          known.add(hmac(nonce, id));
        }
        List<Boolean> answer = new ArrayList<>();
        req.get("digests").forEach(d -> answer.add(known.contains(d.asText())));
        status = 200;
        out = json.writeValueAsBytes(Map.of("known", answer));
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(out);
      }
    });
    server.start();
    return Map.of("evidence.screening.ingestion-url", "http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static String hmac(byte[] nonce, String id) {
    return Sha256.hmacHex(nonce, id);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
