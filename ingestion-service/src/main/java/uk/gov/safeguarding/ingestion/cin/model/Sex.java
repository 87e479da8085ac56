package uk.gov.safeguarding.ingestion.cin.model;

/**
 * A child's sex, normalised across schema years: {@code GenderCurrent} (to 2023/24: 1 male, 2
 * female, 0 not recorded or unborn, 9 indeterminate) and {@code Sex} (from 2024/25: M, F, U).
 */
public enum Sex {
  MALE,
  FEMALE,
  UNKNOWN;

  /**
   * Normalises a raw value of either element; null when missing or not a code of that element.
   *
   * @param element "Sex" or "GenderCurrent"
   */
  public static Sex normalise(String element, String raw) {
    if (raw == null) {
      return null;
    }
    if ("GenderCurrent".equals(element)) {
      return switch (raw) {
        case "1" -> MALE;
        case "2" -> FEMALE;
        case "0", "9" -> UNKNOWN;
        default -> null;
      };
    }
    return switch (raw) {
      case "M" -> MALE;
      case "F" -> FEMALE;
      case "U" -> UNKNOWN;
      default -> null;
    };
  }
}
