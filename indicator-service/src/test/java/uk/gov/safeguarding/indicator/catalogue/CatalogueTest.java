package uk.gov.safeguarding.indicator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.events.MeasureSource;

class CatalogueTest {
  private final Catalogue catalogue = Catalogue.standard();

  @Test
  void hasTheFrameworksFiveThemes() {
    assertThat(catalogue.themes()).extracting(Theme::id).containsExactly("outcomes", "activity", "timeliness", "plans", "workforce");
    assertThat(catalogue.themes()).allSatisfy(t -> assertThat(catalogue.all()).anyMatch(i -> i.theme().equals(t.id())));
  }

  @Test
  void carriesTheReferralRateTheEndToEndFlowNeeds() {
    IndicatorSpec spec = catalogue.find("referral-rate").orElseThrow();
    assertThat(spec.numerator()).containsExactly("REFERRALS");
    assertThat(spec.denominator()).containsExactly("POPULATION_0_17");
    assertThat(spec.multiplier()).isEqualTo(10000.0);
    assertThat(spec.decimalPlaces()).isEqualTo(1);
    assertThat(spec.kind()).isEqualTo("RATE");
  }

  @Test
  void everyDraftNationalItemIsPresentWithAnHonestStatus() {
    assertThat(catalogue.all()).extracting(IndicatorSpec::frameworkItem)
        .contains("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9", "N10", "N11", "N12", "N13", "N14", "N15", "N16", "N17", "N18", "N19", "N20", "N21", "N22", "N23", "N24", "N25", "N26", "N27");
    assertThat(catalogue.all()).filteredOn(i -> i.status().equals("NOT_COLLECTED"))
        .allSatisfy(i -> assertThat(i.statusReason()).isNotBlank())
        .extracting(IndicatorSpec::id)
        .contains("cpp-child-seen-per-plan", "re-referral-after-cpp", "looked-after-rate");
    assertThat(catalogue.find("sw-vacancy-rate").orElseThrow().status()).isEqualTo("COMPUTED_FROM_OTHER_SOURCE_UPLOADS");
  }

  @Test
  void itemsThatOnlyLackedAnUploadAreComputedFromTheUploadsOwnCounts() {
    for (String id : new String[] {"hospital-admissions-injuries-rate", "ae-attendance-injuries-rate", "violent-sexual-offences-against-children-rate",
        "court-applications-rate", "cin-educational-attainment", "cin-school-attendance", "cin-school-exclusion-rate"}) {
      IndicatorSpec spec = catalogue.find(id).orElseThrow();
      assertThat(spec.status()).as(id).isEqualTo("COMPUTED_FROM_OTHER_SOURCE_UPLOADS");
      assertThat(spec.computed()).as(id).isTrue();
      assertThat(spec.numerator()).as(id).hasSize(1);
      assertThat(spec.denominator()).as(id).hasSize(1);
      // numerator and denominator come from one upload, so the denominator is the one the publisher used
      MeasureSource source = MeasureCodes.sourceOf(spec.numerator().get(0));
      assertThat(source).as(id).isNotIn(MeasureSource.CIN_CENSUS, MeasureSource.WORKFORCE, MeasureSource.POPULATION);
      assertThat(MeasureCodes.sourceOf(spec.denominator().get(0))).as(id).isEqualTo(source);
    }
  }

  @Test
  void theRegionalBenchmarkingCoreIsComputed() {
    for (String id : new String[] {"referral-rate", "re-referrals-within-12-months", "cin-rate", "icpc-within-15-days", "section-47-rate", "icpc-rate", "cpp-rate"}) {
      IndicatorSpec spec = catalogue.find(id).orElseThrow();
      assertThat(spec.regionalSet()).as(id).isTrue();
      assertThat(spec.computed()).as(id).isTrue();
    }
  }

  @Test
  void termsParseCodesAndDistributionRanges() {
    assertThat(Term.parse("REFERRALS")).isEqualTo(new Term("REFERRALS", false, 0, 0));
    assertThat(Term.parse("DAYS_S47_TO_ICPC[11..15]")).isEqualTo(new Term("DAYS_S47_TO_ICPC", true, 11, 15));
    assertThat(Term.parse("DAYS_S47_TO_ICPC[21..]").to()).isEqualTo(Integer.MAX_VALUE);
  }
}
