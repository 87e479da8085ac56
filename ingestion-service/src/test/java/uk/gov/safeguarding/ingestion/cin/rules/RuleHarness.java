package uk.gov.safeguarding.ingestion.cin.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.gov.safeguarding.ingestion.cin.parse.CinParser;

/** Parses a test return with the real parser and validates it with the real rules. */
final class RuleHarness {
  private RuleHarness() {}

  static List<Finding> findings(String xml) {
    List<Finding> out = new ArrayList<>();
    CinValidator[] v = new CinValidator[1];
    CinParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), h -> {
      v[0] = new CinValidator(h, out::add);
      return List.of(v[0]);
    });
    v[0].finish();
    return out;
  }

  static List<String> codes(String xml) {
    return findings(xml).stream().map(Finding::rule).distinct().toList();
  }

  static List<String> childCodes(String xml) {
    return findings(xml).stream().filter(f -> !f.returnLevel()).map(Finding::rule).distinct().toList();
  }
}
