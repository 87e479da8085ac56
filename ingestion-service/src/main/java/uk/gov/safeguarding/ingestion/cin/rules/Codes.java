package uk.gov.safeguarding.ingestion.cin.rules;

import java.util.Set;

/** CIN census code sets (from the XSDs 2022-2026; two codes arrived in 2022/23, see the year-aware methods). */
final class Codes {
  private Codes() {}

  static final Set<String> ETHNICITY = Set.of(
      "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
  static final Set<String> DISABILITY = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");
  static final Set<String> REFERRAL_SOURCE = Set.of(
      "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
  static final Set<String> CATEGORY_OF_ABUSE = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");
  static final Set<String> PRIMARY_NEED = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");
  static final Set<String> REASON_FOR_CLOSURE = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");
  /** RC8 case closed after assessment, no further action; RC9 closed after assessment, referred to early help. */
  static final Set<String> CLOSED_AFTER_ASSESSMENT = Set.of("RC8", "RC9");
  static final String DIED = "RC2";
  /** AssessmentFactors codes (assessmentfactorstype, identical in the 2023 to 2026 XSDs). */
  static final Set<String> ASSESSMENT_FACTOR = Set.of(
      "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A",
      "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A");
  /** 21: "No factors identified". */
  static final String NO_FACTORS = "21";

  /** The first collection year whose schema has referral source 5D and closure reason RC9 (2022/23). */
  static final int FIRST_YEAR_WITH_5D_AND_RC9 = 2023;

  /** Referral sources valid in a collection year: 5D is not in the 2021/22 schema. */
  static Set<String> referralSources(int collectionYear) {
    return collectionYear >= FIRST_YEAR_WITH_5D_AND_RC9 ? REFERRAL_SOURCE : without(REFERRAL_SOURCE, "5D");
  }

  /** Reasons for closure valid in a collection year: RC9 is not in the 2021/22 schema. */
  static Set<String> reasonsForClosure(int collectionYear) {
    return collectionYear >= FIRST_YEAR_WITH_5D_AND_RC9 ? REASON_FOR_CLOSURE : without(REASON_FOR_CLOSURE, "RC9");
  }

  /**
   * True when {@code value} is one of {@code codes}. Null-safe: an absent or empty element (null)
   * is not a code. ({@code Set.of(...).contains(null)} throws, so every code lookup goes through here.)
   */
  static boolean isCode(Set<String> codes, String value) {
    return value != null && codes.contains(value);
  }

  private static Set<String> without(Set<String> codes, String code) {
    return codes.stream().filter(c -> !c.equals(code)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
