package uk.gov.safeguarding.e2e;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Addresses of the running stack (deploy/local/services), overridable for another environment.
 * With {@code SERVICE_REPLICAS} instances of each service, replica k listens on the first one's
 * port + (k-1) x {@code REPLICA_PORT_STEP}, as deploy/local/services starts them.
 */
final class Stack {
  static final String INGESTION = env("INGESTION_URL", "http://localhost:8081");
  static final String INDICATOR = env("INDICATOR_URL", "http://localhost:8082");
  static final String EVIDENCE = env("EVIDENCE_URL", "http://localhost:8083");
  static final String PUBLICATION = env("PUBLICATION_URL", "http://localhost:8084");
  static final int REPLICAS = Integer.parseInt(env("SERVICE_REPLICAS", "1"));
  static final int REPLICA_PORT_STEP = Integer.parseInt(env("REPLICA_PORT_STEP", "1000"));

  private Stack() {}

  /** The base URL of every running replica of the service whose first replica is {@code first}. */
  static List<String> replicas(String first) {
    URI uri = URI.create(first);
    return IntStream.range(0, REPLICAS)
        .mapToObj(k -> uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() + k * REPLICA_PORT_STEP))
        .toList();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
