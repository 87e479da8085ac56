package uk.gov.safeguarding.indicator.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One term of a numerator or denominator: a count code, or the cases of a distribution whose
 * value lies in a range ({@code CODE[0..10]}, {@code CODE[21..]}, {@code CODE[*]} for all).
 */
public record Term(String code, boolean distribution, int from, int to) {
  private static final Pattern RANGE = Pattern.compile("([A-Z0-9_]+)\\[(\\*|(\\d+)\\.\\.(\\d*))]");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

  public static Term parse(String text) {
    Matcher m = RANGE.matcher(text);
    if (m.matches()) {
      if ("*".equals(m.group(2))) {
        return new Term(m.group(1), true, Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
      int from = Integer.parseInt(m.group(3));
      int to = m.group(4).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(m.group(4));
      return new Term(m.group(1), true, from, to);
    }
    if (CODE.matcher(text).matches()) {
      return new Term(text, false, 0, 0);
    }
    throw new IllegalArgumentException("Not a measure term: " + text);
  }
}
