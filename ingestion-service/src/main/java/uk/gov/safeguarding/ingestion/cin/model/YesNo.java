package uk.gov.safeguarding.ingestion.cin.model;

/** CIN census yes/no items accept {@code 0/1} and {@code true/false}. */
public final class YesNo {
  private YesNo() {}

  /** True/false for a valid value, null when missing or not a recognised yes/no value. */
  public static Boolean parse(String raw) {
    if (raw == null) {
      return null;
    }
    return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "1", "true" -> Boolean.TRUE;
      case "0", "false" -> Boolean.FALSE;
      default -> null;
    };
  }
}
