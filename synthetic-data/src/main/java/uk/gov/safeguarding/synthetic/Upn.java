package uk.gov.safeguarding.synthetic;

/**
 * Synthetic unique pupil numbers with a valid DfE check letter: characters 2-4 the LA code, 5-12
 * digits, 13 a digit; the check letter is the sum of characters 2-13 times weights 2..13, modulo
 * 23, as a letter of ABCDEFGHJKLMNPQRTUVWXYZ.
 */
final class Upn {
  static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private Upn() {}

  /** A UPN for the LA and a serial unique within it (up to 10^9). */
  static String of(String laOldCode, long serial) {
    String body = laOldCode + String.format("%09d", serial % 1_000_000_000L);
    return checkLetter(body) + body;
  }

  static char checkLetter(String twelveChars) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      char c = twelveChars.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : CHECK_LETTERS.indexOf(Character.toUpperCase(c));
      sum += v * (i + 2);
    }
    return CHECK_LETTERS.charAt(sum % 23);
  }
}
