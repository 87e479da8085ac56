package uk.gov.safeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * The walking skeleton across the four running services, real Kafka, PostgreSQL and Keycloak:
 * an LA pushes a CIN return, its referral rate per 10,000 children is computed, drafted,
 * published by a publisher and downloaded anonymously as CSV.
 */
class WalkingSkeletonIT {
  /** The collection years the pipeline computes are published apart from the imported DfE history. */
  static final String DATA_SET = "computed-indicators";
  static final int COLLECTION_YEAR = 2025;
  static final String PERIOD = "2024-25";

  /** Darlington: no other end-to-end test pushes data for it or its region (North East), so neither its rate nor a secondary suppression in its region comes from another test. */
  final LocalAuthority darlington = AreaRegistry.standard().byOldCode("841").orElseThrow();

  @Test
  void aReturnPushedByALocalAuthorityIsPublishedAsItsReferralRate() {
    int population = ThreadLocalRandom.current().nextInt(20_000, 30_000);
    int referrals = ThreadLocalRandom.current().nextInt(30, 60);
    BigDecimal expectedRate =
        BigDecimal.valueOf(referrals * 10_000L).divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);

    Populations.upload(Stack.INGESTION, darlington, COLLECTION_YEAR, population);
    Response pushed = pushReturn(darlington, CinReturnFixture.referralsOnly(darlington.oldCode(), COLLECTION_YEAR, referrals));
    assertThat(pushed.statusCode()).isIn(200, 201);
    assertThat(pushed.jsonPath().getString("status")).isEqualTo("ACCEPTED");

    String version =
        await("a draft version with Darlington's new referral rate")
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> DataSetVersions.draftHolding(Stack.PUBLICATION, DATA_SET, PERIOD, Map.of(darlington.gssCode(), expectedRate)), Optional::isPresent)
            .orElseThrow();

    given().auth().oauth2(KeycloakTokens.publisher())
        .post(Stack.PUBLICATION + "/v1/data-sets/{id}/versions/{v}/publish", DATA_SET, version)
        .then().statusCode(200);

    String csv =
        given().accept("text/csv")
            .get(Stack.PUBLICATION + "/v1/data-sets/{id}/versions/{v}/csv", DATA_SET, version)
            .then().statusCode(200).extract().asString();
    Map<String, String> row = PublishedCsv.parse(csv).row("referral-rate", darlington.gssCode(), PERIOD).orElseThrow();
    assertThat(new BigDecimal(row.get("value"))).isEqualByComparingTo(expectedRate);
    assertThat(row.get("old_la_code")).isEqualTo("841");
  }

  @Test
  void anotherLocalAuthoritysTokenCannotPushDarlingtonsReturn() {
    Response response =
        given().auth().oauth2(KeycloakTokens.forLa("301"))
            .contentType("application/xml")
            .body(CinReturnFixture.referralsOnly("841", COLLECTION_YEAR, 30))
            .post(Stack.INGESTION + "/v1/returns/cin");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  static Response pushReturn(LocalAuthority la, String xml) {
    return given().auth().oauth2(KeycloakTokens.forLa(la.oldCode()))
        .contentType("application/xml")
        .body(xml)
        .post(Stack.INGESTION + "/v1/returns/cin");
  }
}
