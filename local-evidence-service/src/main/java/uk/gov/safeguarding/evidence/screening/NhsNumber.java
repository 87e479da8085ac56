package uk.gov.safeguarding.evidence.screening;

/**
 * An NHS number: ten digits whose last is the modulus 11 check digit of the first nine (weights
 * 10 down to 2; 11 minus the remainder, 11 meaning 0; a result of 10 is never issued).
 */
public final class NhsNumber {
  private NhsNumber() {}

  public static boolean isValid(String digits) {
    if (digits == null || !digits.matches("\\d{10}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }
}
