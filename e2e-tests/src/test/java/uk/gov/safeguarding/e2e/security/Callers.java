package uk.gov.safeguarding.e2e.security;

import uk.gov.safeguarding.testsupport.KeycloakTokens;

/** The callers of the role matrix, each with a real token from the running Keycloak. */
public final class Callers {
  /** The LA whose data the matrix reads and writes (Kent). */
  public static final String OWN_LA = "886";
  /** Another LA, in another region (Camden). */
  public static final String OTHER_LA = "202";

  private Callers() {}

  /** The bearer token of a caller of the matrix, or null for {@code anonymous}. */
  public static String token(String caller) {
    return switch (caller) {
      case "anonymous" -> null;
      case "la-own" -> KeycloakTokens.forLa(OWN_LA);
      case "la-other" -> KeycloakTokens.forLa(OTHER_LA);
      case "dfe-analyst" -> KeycloakTokens.dfeAnalyst();
      case "publisher" -> KeycloakTokens.publisher();
      case "data-steward" -> KeycloakTokens.dataSteward();
      case "admin" -> KeycloakTokens.admin();
      default -> throw new IllegalArgumentException("Unknown caller " + caller);
    };
  }
}
