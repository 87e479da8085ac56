package uk.gov.safeguarding.indicator.computation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.reference.AreaRegistry;

/** Indicators and model context computed from other-source uploads (counts with their denominators). */
class SourceDataIndicatorsTest {
  private final YearCalculator calculator = YearCalculator.standard();

  private static LaMeasures upload(String gss, String source, Map<String, Double> counts) {
    return new LaMeasures(gss, Set.of(source), counts, Map.of());
  }

  private static ComputedValue value(YearResult r, String indicator, String area) {
    return r.values().stream().filter(v -> v.indicatorId().equals(indicator) && v.areaCode().equals(area)).findFirst().orElseThrow();
  }

  @Test
  void hospitalAdmissionsAreAdmissionsPerTenThousandOfThePublishersPopulationAndEnglandSumsCounts() {
    String source = "HOSPITAL_ADMISSIONS_INJURIES";
    Map<String, LaMeasures> measures = Map.of(
        "E09000002", upload("E09000002", source, Map.of(MeasureCodes.INJURY_ADMISSIONS_0_17, 420.0, MeasureCodes.INJURY_ADMISSIONS_POPULATION_0_17, 60_000.0)),
        "E06000001", upload("E06000001", source, Map.of(MeasureCodes.INJURY_ADMISSIONS_0_17, 250.0, MeasureCodes.INJURY_ADMISSIONS_POPULATION_0_17, 20_000.0)));
    YearResult r = calculator.compute(2025, measures);
    assertThat(value(r, "hospital-admissions-injuries-rate", "E09000002").value()).isCloseTo(70.0, within(1e-9));
    assertThat(value(r, "hospital-admissions-injuries-rate", AreaRegistry.ENGLAND_CODE).value()).isCloseTo(670 / 80_000.0 * 10_000, within(1e-9));
    assertThat(value(r, "hospital-admissions-injuries-rate", "E06000001").lower95()).isLessThan(125.0);
    // an LA with only its CIN return has no admissions rate, and population alone does not stand in for the publisher's denominator
    assertThat(r.values()).noneMatch(v -> v.indicatorId().equals("hospital-admissions-injuries-rate") && v.areaCode().equals("E09000003"));
  }

  @Test
  void persistentAbsenceOfChildrenInNeedIsAProportionWithAWilsonInterval() {
    Map<String, LaMeasures> measures = Map.of("E09000002", upload("E09000002", "NPD_CIN_PERSISTENT_ABSENCE",
        Map.of(MeasureCodes.CIN_PERSISTENTLY_ABSENT, 300.0, MeasureCodes.CIN_PUPILS_ATTENDANCE, 1000.0)));
    ComputedValue v = value(calculator.compute(2025, measures), "cin-school-attendance", "E09000002");
    assertThat(v.value()).isCloseTo(30.0, within(1e-9));
    assertThat(v.lower95()).isBetween(27.0, 30.0);
    assertThat(v.upper95()).isBetween(30.0, 33.0);
  }

  @Test
  void uploadedFreeSchoolMealsReplaceTheBundledValuesForThatYearAndLaOnly() {
    ContextData bundled = ContextData.standard();
    double barkingBundled = bundled.value("primary_fsm_percent", "301", 2024).orElseThrow();
    double barnetBundled = bundled.value("primary_fsm_percent", "302", 2024).orElseThrow();
    Map<String, LaMeasures> measures = Map.of("E09000002", upload("E09000002", "FREE_SCHOOL_MEALS_PRIMARY",
        Map.of(MeasureCodes.FSM_ELIGIBLE_PRIMARY, 371.0, MeasureCodes.PUPILS_PRIMARY, 1000.0)));

    ContextData withUploads = bundled.withUploads(2024, measures);

    assertThat(withUploads.value("primary_fsm_percent", "301", 2024).orElseThrow()).isCloseTo(37.1, within(1e-9));
    assertThat(withUploads.value("primary_fsm_percent", "302", 2024).orElseThrow()).isEqualTo(barnetBundled);
    assertThat(withUploads.value("secondary_fsm_percent", "301", 2024)).isEqualTo(bundled.value("secondary_fsm_percent", "301", 2024));
    assertThat(withUploads.value("primary_fsm_percent", "301", 2023)).isEqualTo(bundled.value("primary_fsm_percent", "301", 2023));
    assertThat(bundled.value("primary_fsm_percent", "301", 2024).orElseThrow()).as("the bundled context is unchanged").isEqualTo(barkingBundled);
    assertThat(bundled.withUploads(2024, Map.of())).isSameAs(bundled);
  }

  @Test
  void theExpectedValueModelIsFittedOnTheUploadedFreeSchoolMeals() {
    String[] las = {"E09000002", "E09000003", "E09000004", "E09000005", "E09000006", "E09000007", "E06000001", "E06000002"};
    long[] primary = {10, 25, 18, 31, 12, 40, 22, 15};
    long[] secondary = {14, 20, 11, 28, 30, 9, 24, 17};
    Map<String, LaMeasures> measures = new java.util.HashMap<>();
    for (int i = 0; i < las.length; i++) {
      // referral rate exactly 100 + 10 x primary% + 5 x secondary%
      Map<String, Double> c = Map.of(
          MeasureCodes.REFERRALS, (100.0 + 10 * primary[i] + 5 * secondary[i]) * 6, MeasureCodes.POPULATION_0_17, 60_000.0,
          MeasureCodes.FSM_ELIGIBLE_PRIMARY, primary[i] * 40.0, MeasureCodes.PUPILS_PRIMARY, 4000.0,
          MeasureCodes.FSM_ELIGIBLE_SECONDARY, secondary[i] * 30.0, MeasureCodes.PUPILS_SECONDARY, 3000.0);
      measures.put(las[i], new LaMeasures(las[i], Set.of("CIN_CENSUS", "POPULATION", "FREE_SCHOOL_MEALS_PRIMARY", "FREE_SCHOOL_MEALS_SECONDARY"), c, Map.of()));
    }
    ModelFit fit = calculator.compute(2025, measures).models().stream().filter(m -> m.indicatorId().equals("referral-rate")).findFirst().orElseThrow();
    assertThat(fit.observations()).isEqualTo(8);
    assertThat(fit.rSquared()).isCloseTo(1.0, within(1e-9));
    assertThat(fit.coefficients()).satisfiesExactly(
        b0 -> assertThat(b0).isCloseTo(100.0, within(1e-6)),
        b1 -> assertThat(b1).isCloseTo(10.0, within(1e-6)),
        b2 -> assertThat(b2).isCloseTo(5.0, within(1e-6)));
  }
}
