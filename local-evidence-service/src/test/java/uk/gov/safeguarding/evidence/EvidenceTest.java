package uk.gov.safeguarding.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.evidence.Fixtures.as;
import static uk.gov.safeguarding.evidence.Fixtures.asLa;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

@QuarkusTest
class EvidenceTest {

  @Test
  void anLaRecordsEvidenceAgainstTheCurrentWordingAsADraft() {
    String period = Fixtures.uniquePeriod();
    String id = Fixtures.create("306", Fixtures.evidence(period, "PRIVATE"));

    JsonPath item = asLa("306").get("/v1/local-authorities/306/evidence/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(item.getString("status")).isEqualTo("DRAFT");
    assertThat(item.getString("laGssCode")).isEqualTo("E09000008");
    assertThat(item.getString("questionId")).isEqualTo("OUT-1");
    assertThat(item.getInt("questionVersion")).isGreaterThanOrEqualTo(1);
    assertThat(item.getList("parts")).containsExactly("a");
    assertThat(item.getString("sourceType")).isEqualTo("SURVEY_QUESTIONNAIRE");
    assertThat(item.getInt("respondents")).isEqualTo(240);
    assertThat(item.getFloat("measures[0].value")).isEqualTo(82.5f);
    assertThat(item.getList("nationalIndicators")).containsExactly("CPP_RATE");
    assertThat(item.getList("linesOfEnquiry")).hasSize(1);
    assertThat(item.getBoolean("synthetic")).isTrue();
    // the GSS code addresses the same LA
    asLa("306").get("/v1/local-authorities/E09000008/evidence/" + id).then().statusCode(200);
  }

  @Test
  void rejectsInvalidEvidenceWithFieldPathsAndRuleCodesAndStoresNothing() {
    String period = Fixtures.uniquePeriod();
    Map<String, Object> bad = Fixtures.evidence(period, "PRIVATE");
    bad.put("parts", List.of("z"));
    assertRejected(bad, "parts[0]", "KnownClause");

    bad = Fixtures.evidence(period, "PRIVATE");
    bad.put("measures", List.of(Fixtures.measure("feel-safe-at-home", 300, 240, false)));
    assertRejected(bad, "measures[0].numerator", "NumeratorNotAboveDenominator");

    bad = Fixtures.evidence(period, "REGION");
    bad.put("measures", List.of(Fixtures.measure("feel-safe-at-home", 10, 20, true)));
    assertRejected(bad, "measures[0].isPublic", "PublicMeasureNeedsPublicRecord");

    bad = Fixtures.evidence(period, "PRIVATE");
    bad.put("coveredTo", "1800-01-01");
    assertRejected(bad, "coveredTo", "CoveredRange");

    bad = Fixtures.evidence(period, "PRIVATE");
    bad.put("questionId", "NOPE-1");
    assertRejected(bad, "questionId", "KnownQuestion");

    bad = Fixtures.evidence(period, "PRIVATE");
    bad.remove("findings");
    bad.put("period", "2025-27");
    JsonPath problem =
        asLa("307").body(bad).post("/v1/local-authorities/307/evidence").then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
    assertThat(problem.getList("errors.path")).contains("body.findings");
    assertThat(problem.getList("errors.rule")).contains("NotBlank");

    asLa("307").body("{\"questionId\": ").post("/v1/local-authorities/307/evidence").then().statusCode(400).contentType("application/problem+json");

    assertThat(asLa("307").get("/v1/local-authorities/307/evidence?period=" + period).then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();
  }

  private static void assertRejected(Map<String, Object> body, String path, String rule) {
    JsonPath problem =
        asLa("307").body(body).post("/v1/local-authorities/307/evidence").then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
    assertThat(problem.getString("errors[0].path")).isEqualTo(path);
    assertThat(problem.getString("errors[0].rule")).isEqualTo(rule);
  }

  @Test
  void anLaTokenWritesOnlyItsOwnLasRecords() {
    String period = Fixtures.uniquePeriod();
    asLa("301").body(Fixtures.evidence(period, "PUBLIC")).post("/v1/local-authorities/302/evidence").then().statusCode(403).contentType("application/problem+json");
    as(KeycloakTokens.admin()).body(Fixtures.evidence(period, "PUBLIC")).post("/v1/local-authorities/302/evidence").then().statusCode(403);
    given().contentType("application/json").body(Fixtures.evidence(period, "PUBLIC")).post("/v1/local-authorities/302/evidence").then().statusCode(401);
    assertThat(asLa("302").get("/v1/local-authorities/302/evidence?period=" + period).then().extract().jsonPath().getList("id")).isEmpty();

    String id = Fixtures.create("302", Fixtures.evidence(period, "PUBLIC"));
    Fixtures.move("302", id, "SUBMITTED", null);
    asLa("301").body(Fixtures.evidence(period, "PRIVATE")).put("/v1/local-authorities/302/evidence/" + id).then().statusCode(403);
    asLa("301").delete("/v1/local-authorities/302/evidence/" + id).then().statusCode(403);
    asLa("301").body(Map.of("status", "REVIEWED")).post("/v1/local-authorities/302/evidence/" + id + "/status").then().statusCode(403);
    assertThat(asLa("302").get("/v1/local-authorities/302/evidence/" + id).then().extract().<String>path("status")).isEqualTo("SUBMITTED");
    asLa("302").get("/v1/local-authorities/999/evidence").then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void reviewWorkflowMovesDraftToSubmittedToReviewedAndEditingReturnsToDraft() {
    String period = Fixtures.uniquePeriod();
    String id = Fixtures.create("308", Fixtures.evidence(period, "REGION"));
    String path = "/v1/local-authorities/308/evidence/" + id;

    asLa("308").body(Map.of("status", "REVIEWED")).post(path + "/status").then().statusCode(409).contentType("application/problem+json");
    Fixtures.move("308", id, "SUBMITTED", null);
    asLa("308").body(Map.of("status", "DRAFT")).post(path + "/status").then().statusCode(400); // returning needs a note
    Fixtures.move("308", id, "REVIEWED", "Checked against the survey report");

    Map<String, Object> edited = Fixtures.evidence(period, "REGION");
    edited.put("findings", "Revised findings after the second survey wave.");
    JsonPath after = asLa("308").body(edited).put(path).then().statusCode(200).extract().jsonPath();
    assertThat(after.getString("status")).isEqualTo("DRAFT");
    assertThat(after.getString("findings")).isEqualTo("Revised findings after the second survey wave.");

    List<String> history = asLa("308").get(path + "/status-history").then().statusCode(200).extract().jsonPath().getList("toStatus");
    assertThat(history).containsExactly("DRAFT", "SUBMITTED", "REVIEWED", "DRAFT");

    Map<String, Object> otherQuestion = Fixtures.evidence(period, "REGION");
    otherQuestion.put("questionId", "OUT-2");
    asLa("308").body(otherQuestion).put(path).then().statusCode(400);

    asLa("308").delete(path).then().statusCode(204);
    asLa("308").get(path).then().statusCode(404).contentType("application/problem+json");
  }
}
