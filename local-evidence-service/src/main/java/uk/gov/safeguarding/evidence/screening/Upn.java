package uk.gov.safeguarding.evidence.screening;

/**
 * The DfE unique pupil number: a check letter, then the LA number (3 digits), the establishment
 * number (4), the year of allocation (2) and a serial (2 digits and a final digit, or a letter for a
 * temporary UPN). The check letter is the sum of characters 2-13 times their position (2-13),
 * modulo 23, as a letter of {@value #LETTERS}; a letter in position 13 counts as its index there.
 */
public final class Upn {
  static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private Upn() {}

  /** True for 13 characters with a correct check letter. */
  public static boolean isValid(String candidate) {
    if (candidate == null || candidate.length() != 13) {
      return false;
    }
    String s = candidate.toUpperCase(java.util.Locale.ROOT);
    int sum = 0;
    for (int i = 1; i < 13; i++) {
      char c = s.charAt(i);
      int value;
      if (c >= '0' && c <= '9') {
        value = c - '0';
      } else if (i == 12 && LETTERS.indexOf(c) >= 0) {
        value = LETTERS.indexOf(c);
      } else {
        return false;
      }
      sum += value * (i + 1);
    }
    return s.charAt(0) == LETTERS.charAt(sum % 23);
  }
}
