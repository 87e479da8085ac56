package uk.gov.safeguarding.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Injects known CIN census error rules into a generated (valid) return, for demos and tests of
 * rejection: each supported rule code corrupts the first occurrence of the one data item it checks
 * with a value outside its code set, so the return fails exactly that rule.
 */
public final class ErrorInjector {
  /** A corruption: the element whose first value is replaced, and the invalid value. */
  private record Corruption(String element, String invalidValue) {}

  private static final Map<String, Corruption> SUPPORTED = new LinkedHashMap<>();

  static {
    SUPPORTED.put("1580", new Corruption("LAchildID", null)); // non-alphanumeric character, same length
    SUPPORTED.put("4220", new Corruption("Ethnicity", "XXXX"));
    SUPPORTED.put("8640", new Corruption("ReasonForClosure", "RC0"));
    SUPPORTED.put("8650", new Corruption("PrimaryNeedCode", "NX"));
    SUPPORTED.put("8866", new Corruption("ReferralSource", "0Z"));
    SUPPORTED.put("8905", new Corruption("InitialCategoryOfAbuse", "XXX"));
    SUPPORTED.put("8910", new Corruption("LatestCategoryOfAbuse", "XXX"));
  }

  private ErrorInjector() {}

  /** The rule codes this injector can produce. */
  public static Set<String> supported() {
    return new TreeSet<>(SUPPORTED.keySet());
  }

  /** Parses "8866,4220" into rule codes; unknown codes are an error naming the supported ones. */
  public static List<String> parse(String codes) {
    List<String> out = java.util.Arrays.stream(codes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    for (String code : out) {
      if (!SUPPORTED.containsKey(code)) {
        throw new IllegalArgumentException("Cannot inject rule " + code + "; supported: " + supported());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("No rule codes given; supported: " + supported());
    }
    return out;
  }

  /** The return with each rule's corruption applied to the first occurrence of its element. */
  public static String inject(String xml, List<String> codes) {
    String out = xml;
    for (String code : codes) {
      Corruption c = SUPPORTED.get(code);
      if (c == null) {
        throw new IllegalArgumentException("Cannot inject rule " + code + "; supported: " + supported());
      }
      Matcher m = Pattern.compile("<" + c.element() + ">([^<]*)</" + c.element() + ">").matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("The return has no " + c.element() + " to corrupt for rule " + code);
      }
      String value = c.invalidValue() != null ? c.invalidValue() : m.group(1).substring(0, m.group(1).length() - 1) + "#";
      out = out.substring(0, m.start(1)) + value + out.substring(m.end(1));
    }
    return out;
  }
}
