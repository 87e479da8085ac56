package uk.gov.safeguarding.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/** Reads a data set's versions and their drafts' CSV from publication-service. */
final class DataSetVersions {
  private DataSetVersions() {}

  static List<Map<String, Object>> list(String token, String dataSetId) {
    JsonPath json =
        given().auth().oauth2(token)
            .get(Stack.PUBLICATION + "/v1/data-sets/{id}/versions", dataSetId)
            .then().statusCode(200).extract().jsonPath();
    Object root = json.get("$");
    if (root instanceof List) {
      return json.getList("$");
    }
    return json.getList("results");
  }

  /** A version's CSV from the publication replica at {@code publication}, as the publisher previews it. */
  static byte[] csv(String publication, String dataSetId, String version) {
    return given().auth().oauth2(KeycloakTokens.publisher()).accept("text/csv")
        .get(publication + "/v1/data-sets/{id}/versions/{v}/csv", dataSetId, version).then().statusCode(200).extract().asByteArray();
  }

  /** The draft version whose CSV (from the replica at {@code publication}) holds every expected referral rate of the period, if any. */
  static Optional<String> draftHolding(String publication, String dataSetId, String period, Map<String, BigDecimal> expectedRates) {
    return list(KeycloakTokens.publisher(), dataSetId).stream()
        .filter(v -> "Draft".equalsIgnoreCase(String.valueOf(v.get("status"))))
        .map(v -> String.valueOf(v.get("version")))
        .filter(v -> {
          PublishedCsv csv = PublishedCsv.parse(new String(csv(publication, dataSetId, v), StandardCharsets.UTF_8));
          return expectedRates.entrySet().stream().allMatch(e -> csv.row("referral-rate", e.getKey(), period)
              .map(r -> r.get("value"))
              .filter(value -> value != null && value.matches("-?\\d+(\\.\\d+)?")) // not a suppression symbol
              .map(value -> new BigDecimal(value).compareTo(e.getValue()) == 0)
              .orElse(false));
        })
        .findFirst();
  }
}
