package uk.gov.safeguarding.e2e.security;

/** Addresses of the running services (deploy/local/services), overridable by environment. */
final class Urls {
  static final String INGESTION = env("INGESTION_URL", "http://localhost:8081");
  static final String INDICATOR = env("INDICATOR_URL", "http://localhost:8082");
  static final String EVIDENCE = env("EVIDENCE_URL", "http://localhost:8083");
  static final String PUBLICATION = env("PUBLICATION_URL", "http://localhost:8084");

  private Urls() {}

  static String of(String service) {
    return switch (service) {
      case "ingestion" -> INGESTION;
      case "indicator" -> INDICATOR;
      case "evidence" -> EVIDENCE;
      case "publication" -> PUBLICATION;
      default -> throw new IllegalArgumentException(service);
    };
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
