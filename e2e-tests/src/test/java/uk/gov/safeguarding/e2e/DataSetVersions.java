package uk.gov.safeguarding.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Reads a data set's version list from publication-service. */
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
}
