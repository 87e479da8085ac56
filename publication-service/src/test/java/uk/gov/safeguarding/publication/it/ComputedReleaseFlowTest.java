package uk.gov.safeguarding.publication.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.events.IndicatorsChanged;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * A computed collection year from indicator events to a public release and its correction, over
 * real Kafka, PostgreSQL and Keycloak: the snapshot becomes a Draft of computed-indicators (not
 * of the imported DfE history); the publisher previews and publishes it; the public CSV, JSON and
 * filtered query (JSON and CSV) carry numerators, denominators, both confidence intervals, the
 * three comparisons and the data source, the JSON names the methods; a corrected snapshot
 * becomes the next minor version, published with its correction notice.
 */
@QuarkusTest
class ComputedReleaseFlowTest {
  static final String TOPIC = PublicationFlowTest.INDICATORS_TOPIC;
  static final String DS = "computed-indicators";
  static final String KEY = "computed-release-flow-test";
  static final IndicatorDefinition REFERRAL_RATE =
      new IndicatorDefinition("referral-rate", "Referrals per 10,000 children", "activity", "rate per 10,000 children aged 0-17", 1, "NO_JUDGEMENT", "CIN census");
  static final IndicatorDefinition REREFERRALS =
      new IndicatorDefinition("re-referral-rate", "Re-referrals within 12 months", "activity", "percent", 1, "LOW_IS_GOOD", "CIN census", "N10"); // a test framework item

  static IndicatorValue value(IndicatorDefinition d, String area, String old, String name, String level, String period, String num, String den, String value,
      String l95, String u95, String l998, String u998, String england, String region, String neighbours) {
    return new IndicatorValue(d.id(), area, old, name, level, period, new BigDecimal(num), new BigDecimal(den), new BigDecimal(value),
        new BigDecimal(l95), new BigDecimal(u95), new BigDecimal(l998), new BigDecimal(u998), england, region, neighbours);
  }

  /** A computed year as indicator-service sends it: values with their parts, Poisson/Wilson limits and 95% comparisons. */
  static IndicatorsChanged computedYear(int year, String barkingReferrals) {
    return computedContent(year, barkingReferrals).snapshot(UUID.randomUUID(), Instant.now());
  }

  /** The same year's content, from which a correction is sent as only what changed. */
  static IndicatorYear computedContent(int year, String barkingReferrals) {
    String p = PublicationFlowTest.label(year);
    String barkingRate = new BigDecimal(barkingReferrals).multiply(BigDecimal.valueOf(10_000)).divide(new BigDecimal("60000"), 4, java.math.RoundingMode.HALF_UP).toPlainString();
    List<IndicatorValue> values = List.of(
        value(REFERRAL_RATE, "E92000001", null, "England", "ENGLAND", p, "612347", "12000004", "510.2892", "509.0", "511.6", "508.3", "512.3", null, null, null),
        value(REFERRAL_RATE, "E12000007", null, "London", "REGION", p, "80004", "2000000", "400.02", "397.3", "402.8", "395.6", "404.4", "LOWER", null, null),
        value(REFERRAL_RATE, "E09000002", "301", "Barking and Dagenham", "LA", p, barkingReferrals, "60000", barkingRate, "634.0", "676.6", "621.2", "690.3", "HIGHER", "HIGHER", "SIMILAR"),
        value(REFERRAL_RATE, "E09000003", "302", "Barnet", "LA", p, "3000", "90000", "333.3333", "321.5", "345.5", "314.3", "353.0", "LOWER", "LOWER", "LOWER"),
        value(REREFERRALS, "E92000001", null, "England", "ENGLAND", p, "134000", "612347", "21.8829", "21.78", "21.99", "21.72", "22.05", null, null, null),
        value(REREFERRALS, "E12000007", null, "London", "REGION", p, "16000", "80004", "19.9990", "19.72", "20.28", "19.56", "20.44", "BETTER", null, null),
        value(REREFERRALS, "E09000002", "301", "Barking and Dagenham", "LA", p, "1100", "4000", "27.5", "26.13", "28.92", "25.37", "29.73", "WORSE", "WORSE", "WORSE"),
        value(REREFERRALS, "E09000003", "302", "Barnet", "LA", p, "500", "3000", "16.6667", "15.37", "18.05", "14.66", "18.84", "BETTER", "BETTER", "SIMILAR"));
    return IndicatorYear.of(year, List.of(REFERRAL_RATE, REREFERRALS), values);
  }

  static String publisher() {
    return KeycloakTokens.publisher();
  }

  static Map<String, Object> publish(String version, String notice) {
    return given().auth().oauth2(publisher()).contentType("application/json").body(Map.of("notice", notice))
        .post("/v1/data-sets/{id}/versions/{v}/publish", DS, version).then().statusCode(200).extract().jsonPath().getMap("$");
  }

  @Test
  void aComputedYearIsPublishedWithNumeratorsIntervalsAndComparisonsThenCorrected() throws Exception {
    int year = PublicationFlowTest.uniqueYear();
    String period = PublicationFlowTest.label(year);
    TestKafka.send(TOPIC, KEY, computedYear(year, "3930"));

    // the draft: computed-indicators, previewed by the publisher only
    Map<String, Object> draft = PublicationFlowTest.awaitDraftWith(DS, "\n" + period + ",");
    String version = (String) draft.get("version");
    given().get("/v1/data-sets/{id}/versions/{v}/csv", DS, version).then().statusCode(401);
    String preview = given().auth().oauth2(publisher()).get("/v1/data-sets/{id}/versions/{v}/csv", DS, version).then().statusCode(200).extract().asString();
    assertThat(PublicationFlowTest.csvRow(preview, "referral-rate", "E09000002", period)).containsEntry("compared_with_england", "HIGHER");
    assertThat(given().get("/v1/data-sets/{id}/meta", PublicationFlowTest.HISTORY).then().statusCode(200).extract().jsonPath().getList("timePeriods", String.class))
        .as("the computed year is not added to the DfE history").doesNotContain(period);

    Map<String, Object> released = publish(version, "Release of " + period + " (test)");
    assertThat(released).containsEntry("status", "Published");

    // the public CSV: numerators, denominators, both CIs, the three comparisons, the source
    String csv = given().get("/v1/data-sets/{id}/versions/{v}/csv", DS, version).then().statusCode(200).extract().asString();
    String header = csv.substring(0, csv.indexOf('\n'));
    assertThat(header).endsWith("compared_with_england,compared_with_region,compared_with_neighbours,data_source");
    assertThat(PublicationFlowTest.csvRow(csv, "referral-rate", "E09000002", period))
        .containsEntry("value", "655.0").containsEntry("numerator", "3930").containsEntry("denominator", "60000")
        .containsEntry("lower_ci_95", "634.0").containsEntry("upper_ci_95", "676.6").containsEntry("lower_ci_99_8", "621.2").containsEntry("upper_ci_99_8", "690.3")
        .containsEntry("compared_with_england", "HIGHER").containsEntry("compared_with_region", "HIGHER").containsEntry("compared_with_neighbours", "SIMILAR")
        .containsEntry("data_source", "computed");
    assertThat(PublicationFlowTest.csvRow(csv, "re-referral-rate", "E09000002", period))
        .containsEntry("value", "27.5").containsEntry("compared_with_england", "WORSE").containsEntry("compared_with_region", "WORSE").containsEntry("compared_with_neighbours", "WORSE");
    assertThat(PublicationFlowTest.csvRow(csv, "re-referral-rate", "E09000003", period)).containsEntry("compared_with_england", "BETTER");
    assertThat(PublicationFlowTest.csvRow(csv, "referral-rate", "E92000001", period)).containsEntry("numerator", "612350").containsEntry("data_source", "computed");

    // the public JSON: the same values, the source and the methods named
    JsonNode json = new ObjectMapper().readTree(given().get("/v1/data-sets/{id}/versions/{v}/json", DS, version).then().statusCode(200).extract().asByteArray());
    assertThat(json.path("dataSource").asText()).isEqualTo("computed");
    assertThat(json.path("dataSourceDescription").asText()).contains("synthetic").contains("not DfE figures");
    assertThat(json.path("methods").path("comparisons").asText()).contains("95% confidence interval");
    assertThat(json.path("methods").path("confidenceIntervalsForRates").asText()).contains("Byar");
    JsonNode barking = null;
    for (JsonNode v : json.path("values")) {
      if (v.path("indicatorId").asText().equals("referral-rate") && v.path("areaCode").asText().equals("E09000002") && v.path("timePeriod").asText().equals(period)) {
        barking = v;
      }
    }
    assertThat(barking).isNotNull();
    assertThat(barking.path("numerator").asInt()).isEqualTo(3930);
    assertThat(barking.path("lower998").decimalValue()).isEqualByComparingTo("621.2");
    assertThat(barking.path("comparedWithNeighbours").asText()).isEqualTo("SIMILAR");
    assertThat(barking.path("dataSource").asText()).isEqualTo("computed");
    given().get("/v1/data-sets/{id}/meta", DS).then().statusCode(200)
        .body("dataSource", org.hamcrest.Matchers.equalTo("computed"))
        .body("methods.comparisons", org.hamcrest.Matchers.containsString("SIMILAR"));

    // the filtered query as CSV: the version CSV's columns and rows, streamed, cacheable
    Response queried = given().accept("text/csv").queryParam("indicators", "referral-rate").queryParam("areas", "301,E92000001").queryParam("periods", period).queryParam("version", version)
        .get("/v1/data-sets/{id}/query", DS);
    queried.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
    String rows = queried.asString();
    assertThat(rows.split("\n")).hasSize(3);
    assertThat(rows.substring(0, rows.indexOf('\n'))).isEqualTo(header);
    String barkingLine = csv.lines().filter(l -> l.startsWith(period + ",") && l.contains(",E09000002,") && l.contains(",referral-rate,")).findFirst().orElseThrow();
    assertThat(rows).contains(barkingLine);
    given().queryParam("format", "csv").queryParam("indicators", "referral-rate").queryParam("areas", "301,E92000001").queryParam("periods", period).queryParam("version", version)
        .get("/v1/data-sets/{id}/query", DS).then().statusCode(200).body(org.hamcrest.Matchers.equalTo(rows));
    given().accept("text/csv").header("If-None-Match", queried.getHeader("ETag")).queryParam("indicators", "referral-rate").queryParam("areas", "301,E92000001")
        .queryParam("periods", period).queryParam("version", version).get("/v1/data-sets/{id}/query", DS).then().statusCode(304);
    given().queryParam("format", "xml").get("/v1/data-sets/{id}/query", DS).then().statusCode(400).contentType("application/problem+json");
    given().queryParam("indicators", "referral-rate").queryParam("areas", "301").queryParam("periods", period).queryParam("version", version)
        .get("/v1/data-sets/{id}/query", DS).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/json"))
        .body("results[0].comparedWithEngland", org.hamcrest.Matchers.equalTo("HIGHER")).body("results[0].dataSource", org.hamcrest.Matchers.equalTo("computed"));

    // the portal feed of the computed data set: the same values with their comparisons and source
    given().queryParam("dataSet", DS).queryParam("metricType", "referral-rate").queryParam("area", "301").queryParam("period", period)
        .get("/v1/feed/data.json").then().statusCode(200)
        .body("dataSetId", org.hamcrest.Matchers.equalTo(DS))
        .body("values[0].comparedWithEngland", org.hamcrest.Matchers.equalTo("HIGHER"))
        .body("values[0].lower95", org.hamcrest.Matchers.notNullValue())
        .body("values[0].dataSource", org.hamcrest.Matchers.equalTo("computed"));
    given().queryParam("dataSet", "nope").queryParam("metricType", "referral-rate").queryParam("area", "301")
        .get("/v1/feed/data.csv").then().statusCode(400).contentType("application/problem+json").body("errors[0].path", org.hamcrest.Matchers.equalTo("dataSet"));

    // a correction: the same year recomputed (a revised population) is the next minor version, with its notice
    TestKafka.send(TOPIC, KEY, computedContent(year, "3930").changesTo(computedContent(year, "3900"), UUID.randomUUID(), Instant.now(), false));
    Map<String, Object> corrected = await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(2))
        .until(PublicationFlowTest::draft, d -> d != null && PublicationFlowTest.csvRow(
            given().auth().oauth2(publisher()).get("/v1/data-sets/{id}/versions/{v}/csv", DS, d.get("version")).asString(), "referral-rate", "E09000002", period) != null
            && "3900".equals(PublicationFlowTest.csvRow(given().auth().oauth2(publisher()).get("/v1/data-sets/{id}/versions/{v}/csv", DS, d.get("version")).asString(), "referral-rate", "E09000002", period).get("numerator")));
    String next = (String) corrected.get("version");
    int[] v = java.util.Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    assertThat(next).isEqualTo(v[0] + "." + (v[1] + 1) + ".0");
    given().auth().oauth2(publisher()).get("/v1/data-sets/{id}/versions/{v}/changes", DS, next).then().statusCode(200)
        .body("previousVersion", org.hamcrest.Matchers.equalTo(version)).body("bump", org.hamcrest.Matchers.equalTo("minor"));
    String notice = "Correction: the population of Barking and Dagenham was revised, so its " + period + " referral rate was recomputed.";
    publish(next, notice);
    given().get("/v1/data-sets/{id}/versions/{v}", DS, next).then().statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("Published")).body("notice", org.hamcrest.Matchers.equalTo(notice));
    assertThat(PublicationFlowTest.csvRow(given().get("/v1/data-sets/{id}/versions/{v}/csv", DS, next).asString(), "referral-rate", "E09000002", period))
        .containsEntry("value", "650.0").containsEntry("numerator", "3900");
    // the first release stays as it was
    assertThat(PublicationFlowTest.csvRow(given().get("/v1/data-sets/{id}/versions/{v}/csv", DS, version).asString(), "referral-rate", "E09000002", period))
        .containsEntry("numerator", "3930");
  }
}
