package uk.gov.safeguarding.ingestion.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
  private final RuleCatalog catalog = RuleCatalog.standard();

  @Test
  void all109RulesOf2024to25AreInForceWith83ErrorsAnd26Queries() {
    List<RuleInfo> rules = catalog.forYear(2025);
    assertThat(rules).hasSize(109);
    assertThat(rules.stream().filter(r -> r.type() == RuleType.ERROR)).hasSize(83);
    assertThat(rules.stream().filter(r -> r.type() == RuleType.QUERY)).hasSize(26);
    assertThat(rules).allSatisfy(r -> assertThat(catalog.implementation(r.code())).isNotNull());
    assertThat(catalog.forYear(2026)).hasSize(109);
  }

  @Test
  void the2023to24SetUsesGenderWordingAndLacksRulesIntroducedIn2024to25() {
    List<RuleInfo> rules = catalog.forYear(2024);
    assertThat(rules).extracting(RuleInfo::code).doesNotContain("1570", "1580", "2886Q", "8770Q", "8945Q", "8950Q").contains("1530", "4180", "8750");
    assertThat(catalog.info("4180", 2024).orElseThrow().message()).startsWith("Gender");
    assertThat(catalog.info("4180", 2025).orElseThrow().message()).startsWith("Sex");
    assertThat(rules).hasSize(103);
  }

  @Test
  void rulesAreListedInCodeOrder() {
    assertThat(catalog.forYear(2025).get(0).code()).isEqualTo("100");
    assertThat(catalog.forYear(2025).get(108).code()).isEqualTo("8950Q");
  }
}
