package uk.gov.safeguarding.ingestion.sourcedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;

class SourceDataValidatorTest {
  static final Provenance PROVENANCE = new Provenance(" Cafcass ", "2024-25 annual", "Open Government Licence v3.0", null);

  @Test
  void periodsFeedTheCollectionYearTheyFallIn() {
    assertThat(PeriodType.MID_YEAR.collectionYear("2024")).isEqualTo(OptionalInt.of(2025));
    assertThat(PeriodType.FINANCIAL_YEAR.collectionYear("2024-25")).isEqualTo(OptionalInt.of(2025));
    assertThat(PeriodType.ACADEMIC_YEAR.collectionYear("1999-00")).isEqualTo(OptionalInt.of(2000));
    assertThat(PeriodType.FINANCIAL_YEAR.collectionYear("2024-26")).isEmpty();
    assertThat(PeriodType.FINANCIAL_YEAR.collectionYear("2024/25")).isEmpty();
    assertThat(PeriodType.MID_YEAR.collectionYear("2024-25")).isEmpty();
    for (PeriodType t : PeriodType.values()) {
      assertThat(t.collectionYear(t.periodOf(2026))).as(t.name()).isEqualTo(OptionalInt.of(2026));
    }
  }

  @Test
  void readsCountsPerLocalAuthorityByOldOrGssCode() {
    SourceDataFile file = SourceDataValidator.validate(SourceDataset.CAFCASS_CARE_APPLICATIONS, "2024-25", PROVENANCE,
        "areaCode,numerator,denominator\nE09000002,40,66460\n 886 ,310,330000\n");
    assertThat(file.collectionYear()).isEqualTo(2025);
    assertThat(file.values()).containsOnlyKeys("301", "886");
    assertThat(file.values().get("301")).isEqualTo(new Counts(40, 66460L));
    assertThat(file.provenance().source()).isEqualTo("Cafcass");
  }

  @Test
  void rateDatasetsMayExceedTheirDenominatorButProportionsMayNot() {
    String csv = "areaCode,numerator,denominator\n301,120,100\n";
    assertThat(SourceDataValidator.validate(SourceDataset.AE_ATTENDANCES_INJURIES, "2024-25", PROVENANCE, csv).values()).hasSize(1);
    assertThatThrownBy(() -> SourceDataValidator.validate(SourceDataset.NPD_CIN_EXCLUSIONS, "2024-25", PROVENANCE, csv))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem().errors())
            .extracting(Problem.FieldError::rule).containsExactly("NumeratorExceedsDenominator"));
  }

  @Test
  void everyDatasetHasItsOwnSourceAndCodes() {
    assertThat(java.util.Arrays.stream(SourceDataset.values()).map(SourceDataset::source).distinct()).hasSize(SourceDataset.values().length);
    for (SourceDataset d : SourceDataset.values()) {
      assertThat(uk.gov.safeguarding.events.MeasureCodes.sourceOf(d.numeratorCode())).as(d.id()).isEqualTo(d.source());
      if (d.hasDenominator()) {
        assertThat(uk.gov.safeguarding.events.MeasureCodes.sourceOf(d.denominatorCode())).as(d.id()).isEqualTo(d.source());
      }
    }
  }
}
