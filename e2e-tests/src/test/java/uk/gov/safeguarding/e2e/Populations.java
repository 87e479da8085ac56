package uk.gov.safeguarding.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/** Synthetic ONS population uploads, as the data steward makes them. */
final class Populations {
  private Populations() {}

  /** Uploads the LA's population aged 0-17 for the collection year to the ingestion replica at {@code ingestion}. */
  static void upload(String ingestion, LocalAuthority la, int collectionYear, int population) {
    given().auth().oauth2(KeycloakTokens.dataSteward()).contentType("application/json")
        .body(Map.of("collectionYear", collectionYear, "source", "Synthetic population for the end-to-end tests",
            "values", List.of(Map.of("laCode", la.oldCode(), "population0to17", population))))
        .post(ingestion + "/v1/reference-data/population")
        .then().statusCode(org.hamcrest.Matchers.lessThan(300));
  }
}
