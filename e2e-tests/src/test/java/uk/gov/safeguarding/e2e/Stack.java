package uk.gov.safeguarding.e2e;

/** Addresses of the running stack (deploy/local/services), overridable for another environment. */
final class Stack {
  static final String INGESTION = env("INGESTION_URL", "http://localhost:8081");
  static final String INDICATOR = env("INDICATOR_URL", "http://localhost:8082");
  static final String EVIDENCE = env("EVIDENCE_URL", "http://localhost:8083");
  static final String PUBLICATION = env("PUBLICATION_URL", "http://localhost:8084");

  private Stack() {}

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
