package uk.gov.safeguarding.publication.localmeasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.LocalMeasuresPublished;
import uk.gov.safeguarding.events.LocalMeasuresPublished.LocalMeasure;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.reference.AreaRegistry;

class LocalMeasuresMappingTest {
  private static LocalMeasure measure(String id, String unit, String numerator, String denominator) {
    return new LocalMeasure(id, "Title of " + id, "q-" + id, "Early help", "Case audit", dec(numerator), dec(denominator), unit);
  }

  private static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static DataRow row(DataSetContent c, String id) {
    return c.rows().stream().filter(r -> r.indicatorId().equals(id)).findFirst().orElseThrow();
  }

  private static final DataSetContent CONTENT =
      LocalMeasuresMapping.content(
          List.of(new LocalMeasuresPublished(LocalMeasuresPublished.SCHEMA_VERSION, null, null, "E09000002", "301", "2024-25", 2, List.of(
              measure("audits-good", "percent", "30", "120"),
              measure("visits-rate", "rate per 10,000 children", "45", "9000"),
              measure("few-cases", "count", "3", null),
              measure("no-cases", "percent", "0", "0")))),
          AreaRegistry.standard());

  @Test
  void computesPercentagesAndRatesFromNumeratorAndDenominatorRoundedToOnePlace() {
    assertThat(row(CONTENT, "audits-good").value()).isEqualByComparingTo("25.0"); // 30 / 120
    assertThat(row(CONTENT, "audits-good").value().scale()).isEqualTo(1);
    assertThat(row(CONTENT, "visits-rate").value()).isEqualByComparingTo("50.0"); // 45 / 9000 x 10,000
  }

  @Test
  void appliesDisclosureControlAsToEveryLaValue() {
    assertThat(row(CONTENT, "few-cases").value()).isNull();
    assertThat(row(CONTENT, "few-cases").status()).isEqualTo("c");
    assertThat(row(CONTENT, "no-cases").status()).isEqualTo("z");
  }

  @Test
  void namesTheAuthorityFromReferenceDataAndLabelsTheSource() {
    DataRow r = row(CONTENT, "audits-good");
    assertThat(r.areaName()).isEqualTo("Barking and Dagenham");
    assertThat(r.regionCode()).isEqualTo("E12000007");
    assertThat(r.geographicLevel()).isEqualTo("Local authority");
    assertThat(r.dataSource()).isEqualTo("local-authority");
    assertThat(CONTENT.indicators()).extracting(i -> i.source()).containsOnly("Local measure: Case audit");
  }
}
