package uk.gov.safeguarding.publication.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentCodecTest {
  static final IndicatorMeta RATE = new IndicatorMeta("referral-rate", "Referrals, per 10,000 \"children\"", "Referrals", "rate per 10,000 children", 1, "NO_JUDGEMENT", "test");

  static DataRow row(String area, BigDecimal value, String status) {
    return new DataRow("2024-25", "Local authority", area, "301", "Barking and Dagenham", "E12000007", "referral-rate", value, status, null, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void csvHasTheEesColumnsAndGssSymbolsAndQuotesTextSafely() {
    var content = new DataSetContent(List.of(RATE), List.of(row("E09000002", new BigDecimal("512.3"), null), row("E09000003", null, "c")));
    String csv = new String(ContentCodec.csv(content), StandardCharsets.UTF_8);
    String[] lines = csv.split("\n");
    assertThat(lines[0]).startsWith("time_period,time_identifier,geographic_level,country_code,region_code,area_code,old_la_code,area_name,indicator_id,indicator_title,unit,value,status,numerator,denominator,lower_ci_95");
    assertThat(lines[1]).contains(",E09000002,").contains(",512.3,,").contains("\"Referrals, per 10,000 \"\"children\"\"\"");
    assertThat(lines[2]).contains(",c,c,c,c,");
  }

  @Test
  void indicatorMetadataRendersItsPropertiesInOneFixedOrder() throws Exception {
    String json = ContentCodec.json().writeValueAsString(new IndicatorMeta("referrals-rate", "Referrals", "CIN", "rate per 10,000 children", 1,
        "NO_JUDGEMENT", "CIN census", "N1"));

    // the derived count, percent and rateOrPercent included: without the pinned order they came in
    // the JVM's reflection order, which differs between runs (and so did the content hash)
    assertThat(json).isEqualTo("{\"id\":\"referrals-rate\",\"title\":\"Referrals\",\"theme\":\"CIN\",\"unit\":\"rate per 10,000 children\","
        + "\"decimalPlaces\":1,\"polarity\":\"NO_JUDGEMENT\",\"source\":\"CIN census\",\"frameworkItem\":\"N1\","
        + "\"count\":false,\"percent\":false,\"rateOrPercent\":true}");
  }

  @Test
  void theSameContentAlwaysHasTheSameHashWhateverTheRowOrder() {
    var a = new DataSetContent(List.of(RATE), List.of(row("E09000002", BigDecimal.ONE, null), row("E09000003", BigDecimal.TEN, null)));
    var b = new DataSetContent(List.of(RATE), List.of(row("E09000003", BigDecimal.TEN, null), row("E09000002", BigDecimal.ONE, null)));
    assertThat(ContentCodec.hash(a)).isEqualTo(ContentCodec.hash(b)).hasSize(64);
    assertThat(ContentCodec.readCanonical(ContentCodec.canonical(a))).isEqualTo(a);
  }
}
