package uk.gov.safeguarding.ingestion.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.ingestion.cin.CinXml.child;
import static uk.gov.safeguarding.ingestion.cin.CinXml.message;
import static uk.gov.safeguarding.ingestion.cin.rules.RuleHarness.findings;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.ingestion.cin.CinXml.Child;

/** Whole-return rules: header, identifiers across children, and LA-level rules (reported apart). */
class ReturnRulesTest {
  private static final String DISABILITY = "<Disability>NONE</Disability>";

  private static List<String> returnLevel(String xml) {
    return findings(xml).stream().filter(Finding::returnLevel).map(Finding::rule).toList();
  }

  private static List<Finding> ofRule(String xml, String rule) {
    return findings(xml).stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Test
  void rule100ReferenceDateMustBeTheCensusDate() {
    assertThat(returnLevel(message(2025, "2025-03-30", "301", child()))).contains("100");
    assertThat(returnLevel(message(2025, "2025-03-31", "301", child()))).doesNotContain("100");
  }

  @Test
  void rule1520FlagsEveryChildSharingAUpn() {
    List<Finding> f = ofRule(message(2025, "301", child("A1"), child("B2"), child("C3").with("<UPN>R301123456789</UPN>", "<UPN>L301987654321</UPN>")), "1520");
    assertThat(f).extracting(Finding::laChildId).containsExactlyInAnyOrder("A1", "B2");
  }

  @Test
  void rule8510FlagsEveryChildSharingAnLaChildId() {
    List<Finding> f = ofRule(message(2025, "301", child("A1"), child("A1"), child("A1"), child("B2").with("<UPN>R301123456789</UPN>", "<UPN>L301987654321</UPN>")), "8510");
    assertThat(f).hasSize(3).extracting(Finding::laChildId).containsOnly("A1");
    assertThat(f).extracting(Finding::line).doesNotHaveDuplicates();
  }

  @Test
  void rule2883MorePlansStartingThanConferences() {
    Child noConference = child().with("<DateOfInitialCPC>2024-07-15</DateOfInitialCPC>", "");
    assertThat(returnLevel(message(2025, "301", noConference))).contains("2883");
    assertThat(returnLevel(message(2025, "301", child()))).doesNotContain("2883");
  }

  @Test
  void rule2886QMoreThanTwoPercentOfBornChildrenWithoutSex() {
    Child[] fifty = IntStream.range(0, 50).mapToObj(i -> child("K" + i)).toArray(Child[]::new);
    assertThat(returnLevel(message(2025, "301", fifty))).doesNotContain("2886Q");
    fifty[0] = fifty[0].with("<Sex>M</Sex>", "<Sex>U</Sex>");
    // 1 of 50 = 2%: not more than 2%
    assertThat(returnLevel(message(2025, "301", fifty))).doesNotContain("2886Q");
    fifty[1] = fifty[1].with("<Sex>M</Sex>", "<Sex>U</Sex>");
    assertThat(returnLevel(message(2025, "301", fifty))).contains("2886Q");
  }

  @Test
  void rule2887QFewerThanEightDisabilityCodesUsed() {
    List<String> codes = List.of("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS");
    Child[] eight = IntStream.range(0, 8).mapToObj(i -> child("D" + i).with(DISABILITY, "<Disability>" + codes.get(i) + "</Disability>")).toArray(Child[]::new);
    assertThat(returnLevel(message(2025, "301", eight))).doesNotContain("2887Q");
    assertThat(returnLevel(message(2025, "301", java.util.Arrays.copyOf(eight, 7)))).contains("2887Q");
  }

  @Test
  void rule2888QNoChildWithMoreThanOneDisability() {
    Child one = child("E1").with(DISABILITY, "<Disability>MOB</Disability>");
    assertThat(returnLevel(message(2025, "301", one))).contains("2888Q");
    Child two = child("E2").with(DISABILITY, "<Disability>MOB</Disability><Disability>VIS</Disability>");
    assertThat(returnLevel(message(2025, "301", one, two))).doesNotContain("2888Q");
  }

  @Test
  void laLevelFindingsCarryNoChild() {
    assertThat(findings(message(2025, "301", child())).stream().filter(Finding::returnLevel))
        .isNotEmpty()
        .allSatisfy(f -> {
          assertThat(f.laChildId()).isNull();
          assertThat(f.line()).isNull();
        });
  }
}
