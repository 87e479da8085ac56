package uk.gov.safeguarding.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static uk.gov.safeguarding.indicator.MeasuresProducer.randomYear;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * Other-source upload events (as ingestion-service emits them for PUT /v1/source-data) over the
 * real broker and database become the indicators that only lacked an upload, and uploaded free
 * school meals feed the expected-value model. Each test uses its own random collection year.
 */
@QuarkusTest
class SourceDataIndicatorsFlowTest {
  private static MeasuresProducer producer;

  @BeforeAll
  static void producer() {
    producer = MeasuresProducer.open();
  }

  @AfterAll
  static void close() {
    producer.close();
  }

  private static void send(MeasureSource source, String gss, String old, int year, Map<String, Long> counts) throws Exception {
    Map<String, BigDecimal> c = new LinkedHashMap<>();
    counts.forEach((k, v) -> c.put(k, BigDecimal.valueOf(v)));
    producer.send(MeasuresProducer.event(source, gss, old, year, "upload-" + UUID.randomUUID(), 1, c));
  }

  private static JsonPath values(String indicator, int year) {
    var response = given().auth().oauth2(KeycloakTokens.dfeAnalyst()).queryParam("period", String.valueOf(year))
        .get("/v1/indicators/" + indicator + "/values");
    return response.statusCode() == 200 ? response.jsonPath() : null;
  }

  @Test
  void uploadedCountsBecomeTheOtherSourceIndicatorsWithEnglandFromSummedCounts() throws Exception {
    int year = randomYear();
    send(MeasureSource.CAFCASS_CARE_APPLICATIONS, "E09000002", "301", year,
        Map.of(MeasureCodes.CARE_APPLICATIONS, 66L, MeasureCodes.CARE_APPLICATIONS_POPULATION_0_17, 60_000L));
    send(MeasureSource.CAFCASS_CARE_APPLICATIONS, "E06000001", "805", year,
        Map.of(MeasureCodes.CARE_APPLICATIONS, 34L, MeasureCodes.CARE_APPLICATIONS_POPULATION_0_17, 20_000L));
    send(MeasureSource.NPD_CIN_EXCLUSIONS, "E09000002", "301", year,
        Map.of(MeasureCodes.CIN_SUSPENDED_OR_EXCLUDED, 120L, MeasureCodes.CIN_PUPILS_EXCLUSIONS, 800L));

    await().atMost(Duration.ofSeconds(60)).until(() -> {
      JsonPath v = values("court-applications-rate", year);
      return v != null && v.getList("values").size() >= 4;
    });
    JsonPath court = values("court-applications-rate", year);
    assertThat(court.getDouble("values.find { it.areaCode == 'E09000002' }.value")).isCloseTo(11.0, within(1e-9));
    assertThat(court.getDouble("values.find { it.areaCode == 'E92000001' }.value")).isCloseTo(100 / 80_000.0 * 10_000, within(1e-9));
    assertThat(court.getDouble("values.find { it.areaCode == 'E92000001' }.denominator")).isEqualTo(80_000.0);

    await().atMost(Duration.ofSeconds(60)).until(() -> values("cin-school-exclusion-rate", year) != null
        && !values("cin-school-exclusion-rate", year).getList("values").isEmpty());
    assertThat(values("cin-school-exclusion-rate", year).getDouble("values.find { it.areaCode == 'E09000002' }.value")).isCloseTo(15.0, within(1e-9));

    given().get("/v1/indicators/court-applications-rate").then().statusCode(200)
        .body("status", org.hamcrest.Matchers.is("COMPUTED_FROM_OTHER_SOURCE_UPLOADS"));
  }

  @Test
  void uploadedFreeSchoolMealsAreTheContextOfTheExpectedValueModel() throws Exception {
    int year = randomYear();
    String[][] las = {{"E09000002", "301"}, {"E09000003", "302"}, {"E09000004", "303"}, {"E09000005", "304"},
        {"E09000006", "305"}, {"E09000007", "202"}, {"E06000001", "805"}, {"E06000002", "806"}};
    long[] primary = {10, 25, 18, 31, 12, 40, 22, 15};
    long[] secondary = {14, 20, 11, 28, 30, 9, 24, 17};
    for (int i = 0; i < las.length; i++) {
      // referral rate exactly 100 + 10 x primary% + 5 x secondary% per 10,000 of 60,000 children
      long referrals = (100 + 10 * primary[i] + 5 * secondary[i]) * 6;
      send(MeasureSource.CIN_CENSUS, las[i][0], las[i][1], year, Map.of(MeasureCodes.REFERRALS, referrals));
      send(MeasureSource.POPULATION, las[i][0], las[i][1], year, Map.of(MeasureCodes.POPULATION_0_17, 60_000L));
    }
    // first fitted on the bundled free-school-meals file, which does not explain these rates
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      var r = given().auth().oauth2(KeycloakTokens.dfeAnalyst()).queryParam("period", String.valueOf(year)).get("/v1/indicators/referral-rate/model");
      return r.statusCode() == 200 && r.jsonPath().getInt("fit.observations") == 8;
    });
    // then the uploads arrive: the published values do not change, the model does
    for (int i = 0; i < las.length; i++) {
      send(MeasureSource.FREE_SCHOOL_MEALS_PRIMARY, las[i][0], las[i][1], year,
          Map.of(MeasureCodes.FSM_ELIGIBLE_PRIMARY, primary[i] * 40, MeasureCodes.PUPILS_PRIMARY, 4000L));
      send(MeasureSource.FREE_SCHOOL_MEALS_SECONDARY, las[i][0], las[i][1], year,
          Map.of(MeasureCodes.FSM_ELIGIBLE_SECONDARY, secondary[i] * 30, MeasureCodes.PUPILS_SECONDARY, 3000L));
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      var r = given().auth().oauth2(KeycloakTokens.dfeAnalyst()).queryParam("period", String.valueOf(year)).get("/v1/indicators/referral-rate/model");
      return r.statusCode() == 200 && r.jsonPath().getInt("fit.observations") == 8 && r.jsonPath().getDouble("fit.rSquared") > 0.999999;
    });
    JsonPath model = given().auth().oauth2(KeycloakTokens.dfeAnalyst()).queryParam("period", String.valueOf(year))
        .get("/v1/indicators/referral-rate/model").then().statusCode(200).extract().jsonPath();
    List<Double> coefficients = model.getList("fit.coefficients", Double.class);
    assertThat(coefficients).hasSize(3);
    assertThat(coefficients.get(0)).isCloseTo(100.0, within(1e-6));
    assertThat(coefficients.get(1)).isCloseTo(10.0, within(1e-6));
    assertThat(coefficients.get(2)).isCloseTo(5.0, within(1e-6));
  }
}
