package uk.gov.safeguarding.ingestion.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollectionYearsTest {
  private final RuleCatalog catalog = RuleCatalog.standard();

  @Test
  void fiveCollectionYearsAreSupported() {
    assertThat(RuleCatalog.SUPPORTED_YEARS).containsExactlyInAnyOrder(2022, 2023, 2024, 2025, 2026);
  }

  @Test
  void returnsOf2021To22AreCheckedWithThe2022To23Rules() {
    assertThat(catalog.forYear(2022)).isEqualTo(catalog.forYear(2023));
    assertThat(catalog.forYear(2022)).hasSizeGreaterThan(100);
  }

  @Test
  void referralSource5DAndClosureReasonRC9ArriveIn2022To23() {
    assertThat(Codes.referralSources(2022)).doesNotContain("5D").contains("5C");
    assertThat(Codes.referralSources(2023)).contains("5D");
    assertThat(Codes.reasonsForClosure(2022)).doesNotContain("RC9").contains("RC8");
    assertThat(Codes.reasonsForClosure(2026)).contains("RC9");
  }
}
