package uk.gov.safeguarding.indicator.computation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.reference.AreaRegistry;

class YearCalculatorTest {
  private final YearCalculator calculator = YearCalculator.standard();

  // Barking and Dagenham (E09000002, London) and Barnet (E09000003, London), Hartlepool (E06000001, North East)
  private final Map<String, LaMeasures> three = Map.of(
      "E09000002", SyntheticMeasures.cinAndPopulation("E09000002", 2200, 60_000),
      "E09000003", SyntheticMeasures.cinAndPopulation("E09000003", 3000, 95_000),
      "E06000001", SyntheticMeasures.cinAndPopulation("E06000001", 1300, 20_000));

  private ComputedValue value(YearResult r, String indicator, String area) {
    return r.values().stream().filter(v -> v.indicatorId().equals(indicator) && v.areaCode().equals(area)).findFirst().orElseThrow();
  }

  @Test
  void referralRateIsReferralsPerTenThousandChildrenWithPoissonLimits() {
    YearResult r = calculator.compute(2025, three);
    ComputedValue v = value(r, "referral-rate", "E09000002");
    assertThat(v.period()).isEqualTo("2024-25");
    assertThat(v.value()).isCloseTo(2200 / 60_000.0 * 10_000, within(1e-9));
    // Byar's method from 10 events: 2200 * (1 - 1/(9*2200) - 1.959964/(3*sqrt(2200)))^3 per 60,000 x 10,000
    double z = 1.959963984540054;
    double lower = 2200 * Math.pow(1 - 1 / (9.0 * 2200) - z / (3 * Math.sqrt(2200)), 3) / 60_000 * 10_000;
    assertThat(v.lower95()).isCloseTo(lower, within(1e-9));
    assertThat(v.upper998()).isGreaterThan(v.upper95());
  }

  @Test
  void regionAndEnglandComeFromSummedCountsNotAveragedRates() {
    YearResult r = calculator.compute(2025, three);
    ComputedValue london = value(r, "referral-rate", "E12000007");
    ComputedValue england = value(r, "referral-rate", AreaRegistry.ENGLAND_CODE);
    assertThat(london.numerator()).isEqualTo(5200);
    assertThat(london.value()).isCloseTo(5200 / 155_000.0 * 10_000, within(1e-9));
    assertThat(england.value()).isCloseTo(6500 / 175_000.0 * 10_000, within(1e-9));
    double averageOfRates = (2200 / 60_000.0 + 3000 / 95_000.0 + 1300 / 20_000.0) / 3 * 10_000;
    assertThat(england.value()).isNotCloseTo(averageOfRates, within(1.0));
  }

  @Test
  void comparesEachLaWithEnglandUsingItsInterval() {
    YearResult r = calculator.compute(2025, three);
    // Hartlepool 650 per 10,000 against England 371: whole interval above, no judgement -> HIGHER
    assertThat(value(r, "referral-rate", "E06000001").vsEngland95()).isEqualTo("HIGHER");
    assertThat(value(r, "referral-rate", "E09000003").vsEngland95()).isEqualTo("LOWER");
  }

  @Test
  void anLaWithoutPopulationHasNoRate() {
    Map<String, LaMeasures> measures = Map.of("E09000002",
        new LaMeasures("E09000002", java.util.Set.of("CIN_CENSUS"), Map.of("REFERRALS", 2200.0), Map.of()));
    assertThat(calculator.compute(2025, measures).values()).noneMatch(v -> v.indicatorId().equals("referral-rate"));
    assertThat(calculator.compute(2025, measures).values()).anyMatch(v -> v.indicatorId().equals("re-referrals-within-12-months"));
  }

  @Test
  void aFullYearHasEveryComputedIndicatorForEveryLaWithQuintilesAndModels() {
    var las = AreaDirectory.standard().liveAuthorities();
    YearResult r = calculator.compute(2025, SyntheticMeasures.allLas(las, 1));
    int computed = Catalogue.standard().computed().size();
    assertThat(r.values().stream().filter(v -> v.areaLevel().equals("LA")).count()).isEqualTo((long) computed * las.size());
    assertThat(r.values().stream().filter(v -> v.areaLevel().equals("ENGLAND")).count()).isEqualTo(computed);
    assertThat(r.values().stream().filter(v -> v.areaLevel().equals("LA") && v.indicatorId().equals("referral-rate")))
        .allSatisfy(v -> {
          assertThat(v.quintile()).isBetween(1, 5);
          assertThat(v.neighboursValue()).isNotNull();
        });
    assertThat(r.models()).extracting(ModelFit::indicatorId).contains("referral-rate", "cpp-rate");
    assertThat(value(r, "referral-rate", "E09000002").expected()).isNotNull();
    ComputedValue median = value(r, "s47-to-icpc-days-median", AreaRegistry.ENGLAND_CODE);
    assertThat(median.value()).isBetween(0.0, 40.0);
    List<String> buckets = List.of("s47-to-icpc-days-0-10", "s47-to-icpc-days-11-15", "s47-to-icpc-days-16-20", "s47-to-icpc-days-21-plus");
    double total = buckets.stream().mapToDouble(b -> value(r, b, AreaRegistry.ENGLAND_CODE).value()).sum();
    assertThat(total).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void quintilesFollowPolarity() {
    var las = AreaDirectory.standard().liveAuthorities();
    YearResult r = calculator.compute(2025, SyntheticMeasures.allLas(las, 2));
    // icpc-within-15-days: high is good, so the best fifth holds the highest values
    var values = r.values().stream().filter(v -> v.areaLevel().equals("LA") && v.indicatorId().equals("icpc-within-15-days")).toList();
    double minBest = values.stream().filter(v -> v.quintile() == 1).mapToDouble(ComputedValue::value).min().orElseThrow();
    double maxWorst = values.stream().filter(v -> v.quintile() == 5).mapToDouble(ComputedValue::value).max().orElseThrow();
    assertThat(minBest).isGreaterThanOrEqualTo(maxWorst);
    assertThat(values).filteredOn(v -> v.quintile() == 1).allSatisfy(v -> assertThat(v.quintileLabel()).isEqualTo("BEST"));
  }

  @Test
  void computingInParallelGivesTheSameValuesInCatalogueOrderEveryTime() {
    Map<String, LaMeasures> all = SyntheticMeasures.allLas(AreaDirectory.standard().liveAuthorities(), 2025);
    YearResult first = calculator.compute(2025, all);
    List<String> catalogueOrder = Catalogue.standard().computed().stream().map(s -> s.id()).toList();
    List<String> resultOrder = first.values().stream().map(ComputedValue::indicatorId).distinct().toList();
    assertThat(catalogueOrder).containsSubsequence(resultOrder);
    for (int i = 0; i < 5; i++) {
      assertThat(calculator.compute(2025, all)).isEqualTo(first);
    }
  }
}
