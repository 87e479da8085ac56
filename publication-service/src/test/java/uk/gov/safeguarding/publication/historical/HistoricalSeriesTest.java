package uk.gov.safeguarding.publication.historical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.disclosure.DisclosureControl;
import uk.gov.safeguarding.publication.disclosure.RawValue;
import uk.gov.safeguarding.reference.AreaRegistry;

class HistoricalSeriesTest {
  static final HistoricalSeries SERIES = HistoricalSeries.load(AreaRegistry.standard());
  static final List<DataRow> EXACT = SERIES.values().stream().map(RawValue::exact).toList();

  @Test
  void mapsLaitMeasuresToCatalogueIndicatorsFrom2016() {
    assertThat(SERIES.indicators()).extracting(i -> i.id()).contains("referral-rate", "cin-rate", "cpp-rate", "section-47-rate");
    assertThat(EXACT).extracting(DataRow::timePeriod).contains("2015-16", "2024-25").doesNotContain("2016");
  }

  @Test
  void keepsThePublishedReferralRateOfBarkingAndDagenham2025() {
    // LAIT: CPP_Total_Rateper10,000, 2025, Barking and Dagenham (301) = 798.5
    DataRow v = EXACT.stream().filter(r -> r.indicatorId().equals("referral-rate") && "301".equals(r.oldLaCode()) && r.timePeriod().equals("2024-25")).findFirst().orElseThrow();
    assertThat(v.value()).isEqualByComparingTo("798.5");
    assertThat(v.areaCode()).isEqualTo("E09000002");
    assertThat(v.regionCode()).isEqualTo("E12000007");
  }

  @Test
  void usesTheGssCodeInForceInEachYear() {
    // Northamptonshire (928) until March 2021
    assertThat(EXACT.stream().filter(r -> "928".equals(r.oldLaCode()) && r.timePeriod().equals("2018-19")).findFirst().orElseThrow().areaCode()).isEqualTo("E10000021");
    assertThat(EXACT).allMatch(r -> r.areaCode().matches("E(06|08|09|10|12|13|92)\\d{6}"));
  }

  @Test
  void mapsLaitEnglandAndRegionCodesToGssCodes() {
    DataRow england = EXACT.stream().filter(r -> r.indicatorId().equals("referral-rate") && r.areaCode().equals("E92000001") && r.timePeriod().equals("2024-25")).findFirst().orElseThrow();
    assertThat(england.geographicLevel()).isEqualTo("National");
    assertThat(EXACT).anySatisfy(r -> {
      assertThat(r.areaCode()).isEqualTo("E12000007");
      assertThat(r.geographicLevel()).isEqualTo("Regional");
    });
  }

  @Test
  void labelsPeriodsAsCollectionYears() {
    assertThat(HistoricalSeries.yearEnding("2016").label()).isEqualTo("2015-16");
    assertThat(HistoricalSeries.yearEnding(" 2000").label()).isEqualTo("1999-00");
    assertThat(HistoricalSeries.yearEnding("2016").censusDate()).isEqualTo(java.time.LocalDate.of(2016, 3, 31));
  }

  @Test
  void recordsTheSourcesOwnSymbolForEveryCellTheDfePublicationSuppressed() {
    // the LAIT file has 5,181 cells of '-' in all; only those of mapped measures are loaded
    assertThat(SERIES.sourceSymbols()).isNotEmpty().allSatisfy((key, symbol) -> assertThat(symbol).isEqualTo("-"));
    assertThat(SERIES.sourceSymbols().keySet()).allSatisfy(key -> assertThat(key.split("\\|")).hasSize(3));
    long nulls = EXACT.stream().filter(v -> v.value() == null).count();
    assertThat(SERIES.sourceSymbols()).hasSize((int) nulls);
  }

  @Test
  void publishesSourceSuppressedValuesAsConfidentialNotUnavailable() {
    List<DataRow> rows = SourceSymbols.apply(DisclosureControl.apply(SERIES.indicators(), SERIES.values()), SERIES.sourceSymbols());
    List<DataRow> symbolCells = rows.stream().filter(r -> SERIES.sourceSymbols().containsKey(r.key())).toList();
    assertThat(symbolCells).hasSize(SERIES.sourceSymbols().size())
        .allSatisfy(r -> {
          assertThat(r.value()).isNull();
          assertThat(r.status()).isEqualTo("c");
          assertThat(r.numerator()).isNull();
        });
    assertThat(rows).filteredOn(r -> "x".equals(r.status())).noneMatch(r -> SERIES.sourceSymbols().containsKey(r.key()));
  }

  @Test
  void leavesRowsWithoutASourceSymbolAsDisclosureControlMadeThem() {
    DataRow unavailable = new DataRow("2015-16", "Local authority", "E09000002", "301", "Barking and Dagenham", "E12000007",
        "referral-rate", null, "x", null, null, null, null, null, null, null, null, null, null);
    assertThat(SourceSymbols.apply(List.of(unavailable), Map.of())).containsExactly(unavailable);
    assertThat(SourceSymbols.apply(List.of(unavailable), Map.of(unavailable.key(), "-"))).extracting(DataRow::status).containsExactly("c");
    assertThat(SourceSymbols.publishedAs("7.7")).isEmpty();
    assertThat(SourceSymbols.publishedAs(" - ")).contains("c");
  }
}
