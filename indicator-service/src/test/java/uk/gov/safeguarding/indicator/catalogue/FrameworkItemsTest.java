package uk.gov.safeguarding.indicator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The framework's national items (catalogue/framework-items.json, derived from the seed's N1-N27)
 * are all in the catalogue: each is measured by at least one indicator, with its rationale, source,
 * unit, polarity, theme and an honest status.
 */
class FrameworkItemsTest {
  private final Catalogue catalogue = Catalogue.standard();

  @Test
  void listsTheTwentySevenNationalItemsInNumberOrder() {
    assertThat(catalogue.frameworkItems()).extracting(FrameworkItem::id)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 27).mapToObj(n -> "N" + n).toList());
  }

  @Test
  void everyItemIsMeasuredByAnIndicatorOfItsOwnTheme() {
    for (FrameworkItem item : catalogue.frameworkItems()) {
      assertThat(catalogue.indicatorsOf(item.id())).as(item.id()).isNotEmpty()
          .allSatisfy(i -> assertThat(i.theme()).as(i.id()).isEqualTo(item.theme()));
    }
  }

  @Test
  void everyItemCarriesItsRationaleSourceUnitAndPolarity() {
    assertThat(catalogue.frameworkItems()).allSatisfy(item -> {
      assertThat(item.rationale()).as(item.id()).hasSizeGreaterThan(40);
      assertThat(item.source()).as(item.id()).isNotBlank();
      assertThat(item.unit()).as(item.id()).isNotBlank();
      assertThat(item.polarity()).as(item.id()).isIn("LOW_IS_GOOD", "HIGH_IS_GOOD", "NO_JUDGEMENT");
    });
  }

  @Test
  void anItemIsCollectedExactlyWhenOneOfItsIndicatorsIsComputed() {
    for (FrameworkItem item : catalogue.frameworkItems()) {
      boolean computed = catalogue.indicatorsOf(item.id()).stream().anyMatch(IndicatorSpec::computed);
      assertThat(item.status()).as(item.id()).isEqualTo(computed ? "COLLECTED" : "NOT_COLLECTED");
    }
    assertThat(catalogue.frameworkItems()).filteredOn(i -> i.status().equals("NOT_COLLECTED"))
        .extracting(FrameworkItem::id).containsExactly("N20", "N21");
    assertThat(catalogue.frameworkItems()).filteredOn(i -> i.status().equals("NOT_COLLECTED"))
        .allSatisfy(i -> assertThat(i.statusReason()).isNotBlank());
  }

  @Test
  void indicatorsAreNumberedAsTheFrameworkNumbersThem() {
    // the seed's framework column: N1-N3 school outcomes, N17 plans lasting two years, N18 second
    // plans, N20 child seen, N22 court applications, N27 number of social workers
    assertThat(catalogue.indicatorsOf("N1")).extracting(IndicatorSpec::id).containsExactly("cin-educational-attainment");
    assertThat(catalogue.indicatorsOf("N2")).extracting(IndicatorSpec::id).containsExactly("cin-school-attendance");
    assertThat(catalogue.indicatorsOf("N3")).extracting(IndicatorSpec::id).containsExactly("cin-school-exclusion-rate");
    assertThat(catalogue.indicatorsOf("N17")).extracting(IndicatorSpec::id).containsExactly("cpp-ended-lasting-2-years-plus", "cpp-open-2-years-plus");
    assertThat(catalogue.indicatorsOf("N18")).extracting(IndicatorSpec::id).containsExactly("cpp-second-within-2-years");
    assertThat(catalogue.indicatorsOf("N20")).extracting(IndicatorSpec::id).containsExactly("cpp-child-seen-per-plan");
    assertThat(catalogue.indicatorsOf("N22")).extracting(IndicatorSpec::id).containsExactly("court-applications-rate");
    assertThat(catalogue.indicatorsOf("N27")).extracting(IndicatorSpec::id).containsExactly("sw-fte-rate");
    assertThat(catalogue.indicatorsOf("N12")).hasSize(5);
  }

  @Test
  void indicatorsBeyondTheFrameworkSaySo() {
    assertThat(catalogue.all()).filteredOn(i -> i.frameworkItem() == null)
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.beyondFramework()).as(i.id()).isNotBlank());
    assertThat(catalogue.find("s47-conversion-to-icpc").orElseThrow().beyondFramework()).contains("draft national item");
    assertThat(catalogue.find("referral-rate").orElseThrow().beyondFramework()).contains("regional benchmarking set");
    assertThat(catalogue.all()).filteredOn(i -> i.frameworkItem() != null)
        .allSatisfy(i -> assertThat(i.beyondFramework()).as(i.id()).isNull());
  }

  @Test
  void refusesAnItemListWithAnUnmappedItem() {
    assertThatThrownBy(() -> Catalogue.load("/catalogue/indicators.json", "/catalogue-fixtures/items-with-unmapped-n28.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("N28 is measured by no catalogue indicator");
  }

  @Test
  void refusesAnItemWhoseStatedStatusTheCatalogueContradicts() {
    assertThatThrownBy(() -> Catalogue.load("/catalogue/indicators.json", "/catalogue-fixtures/items-with-n20-claimed-collected.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("N20 says COLLECTED but the catalogue makes it NOT_COLLECTED");
  }

  @Test
  void findsAnItemByItsNumberWhateverTheCase() {
    assertThat(catalogue.frameworkItem("n12")).map(FrameworkItem::id).contains("N12");
    assertThat(catalogue.frameworkItem("N28")).isEmpty();
  }
}
