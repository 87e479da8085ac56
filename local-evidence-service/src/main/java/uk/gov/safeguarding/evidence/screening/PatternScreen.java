package uk.gov.safeguarding.evidence.screening;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds identifiers that have a shape of their own: UPNs and former UPNs (with a correct check
 * letter), NHS numbers (with a correct modulus 11 check digit) and dates written next to a
 * birth cue ("DOB", "date of birth", "born"). Also lists the words that could be LAchildIDs, for
 * the check against ingestion-service. Pure, so every rule is unit-tested.
 */
public final class PatternScreen {
  private static final Pattern UPN = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]\\d{11}[A-Za-z0-9])(?![A-Za-z0-9])");
  private static final Pattern FORMER_CUE = Pattern.compile("(former|previous|old|prior)\\W{0,3}(upn|unique pupil number)?\\W{0,3}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NHS = Pattern.compile("(?<![\\d-])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![\\d-])");
  private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
  private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + MONTHS + ")\\.?,?\\s+\\d{2,4})";
  private static final Pattern BIRTH_DATE = Pattern.compile(
      "(?:\\bd\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+birth|\\bborn\\b(?:\\s+on)?|\\bbirthday\\b|\\bb\\.)\\W{0,4}(?:is\\s+|was\\s+|on\\s+)?" + DATE,
      Pattern.CASE_INSENSITIVE);
  /**
   * LAchildIDs are letters and digits only, at most 20 (ingestion's CIN rule); words of 3-20 with a
   * digit are candidates.
   */
  private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z0-9]{3,20})(?![A-Za-z0-9])");

  private PatternScreen() {}

  /** The first identifier-shaped text in the value, by kind; never the text itself. */
  public static Optional<IdentifierKind> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = UPN.matcher(text);
    while (m.find()) {
      if (Upn.isValid(m.group(1))) {
        String before = text.substring(Math.max(0, m.start() - 30), m.start());
        return Optional.of(FORMER_CUE.matcher(before).find() ? IdentifierKind.FORMER_UPN : IdentifierKind.UPN);
      }
    }
    m = NHS.matcher(text);
    while (m.find()) {
      if (NhsNumber.isValid(m.group(1) + m.group(2) + m.group(3))) {
        return Optional.of(IdentifierKind.NHS_NUMBER);
      }
    }
    if (BIRTH_DATE.matcher(text).find()) {
      return Optional.of(IdentifierKind.DATE_OF_BIRTH);
    }
    return Optional.empty();
  }

  /** Words that could be LAchildIDs: 3-20 letters and digits, at least one a digit (and their upper case). */
  public static Set<String> candidateIds(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group(1);
      if (w.chars().anyMatch(Character::isDigit)) {
        out.add(w);
        String upper = w.toUpperCase(Locale.ROOT);
        if (!upper.equals(w)) {
          out.add(upper);
        }
      }
    }
    return out;
  }
}
