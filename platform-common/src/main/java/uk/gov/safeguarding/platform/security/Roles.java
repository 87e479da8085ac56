package uk.gov.safeguarding.platform.security;

/** Realm roles of the safeguarding Keycloak realm. */
public final class Roles {
  public static final String LA_SUBMITTER = "la-submitter";
  public static final String LA_ANALYST = "la-analyst";
  public static final String DFE_ANALYST = "dfe-analyst";
  public static final String PUBLISHER = "publisher";
  public static final String DATA_STEWARD = "data-steward";
  public static final String ADMIN = "admin";

  /** Token claim with the caller's old three-digit LA code. */
  public static final String LA_CODE_CLAIM = "la_code";
  /** Token claim with the caller's LA GSS code. */
  public static final String LA_GSS_CODE_CLAIM = "la_gss_code";

  private Roles() {}
}
