package uk.gov.safeguarding.ingestion.cin.rules;

import static uk.gov.safeguarding.ingestion.cin.rules.CinRule.child;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** ChildCharacteristics module: ethnicity and disabilities. */
final class CharacteristicsRules {
  private static final String CH = "ChildCharacteristics";

  private CharacteristicsRules() {}

  static List<CinRule> rules() {
    return List.of(
        child("4220", (c, x, f) -> {
          if (!Codes.isCode(Codes.ETHNICITY, c.ethnicity())) {
            f.flag(CH, "Ethnicity", c.ethnicity());
          }
        }),
        // A born child whose referral went on to further action must have disability recorded
        // (NONE when none); any code recorded must be in the Disability table.
        child("8540", (c, x, f) -> {
          for (String d : c.disabilities()) {
            if (!Codes.isCode(Codes.DISABILITY, d)) {
              f.flag(CH + "/Disabilities", "Disability", d);
            }
          }
          boolean furtherAction = c.cinDetails().stream().anyMatch(e -> Boolean.FALSE.equals(e.referralNfa()));
          if (c.disabilities().isEmpty() && c.personBirthDate() != null && furtherAction) {
            f.flag(CH + "/Disabilities", "Disability", null);
          }
        }),
        child("8790", (c, x, f) -> {
          List<String> recorded = c.disabilities().stream().filter(java.util.Objects::nonNull).toList();
          if (recorded.contains("NONE") && recorded.stream().anyMatch(d -> !"NONE".equals(d))) {
            f.flag(CH + "/Disabilities", "Disability", String.join(" ", recorded));
          }
        }),
        child("8794", (c, x, f) -> {
          // "Child has two or more disabilities with the same code": once per repeated code
          Set<String> seen = new HashSet<>();
          Set<String> repeated = new java.util.LinkedHashSet<>();
          for (String d : c.disabilities()) {
            if (d != null && !seen.add(d)) {
              repeated.add(d);
            }
          }
          repeated.forEach(d -> f.flag(CH + "/Disabilities", "Disability", d));
        }));
  }
}
