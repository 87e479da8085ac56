package uk.gov.safeguarding.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.evidence.Fixtures.as;
import static uk.gov.safeguarding.evidence.Fixtures.asLa;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

@QuarkusTest
class QuestionCatalogueTest {

  @Test
  void servesEveryPublishedLocalQuestionByThemeWithItsPartsFollowUpsAndAttribution() {
    JsonPath catalogue = given().get("/v1/questions").then().statusCode(200).extract().jsonPath();

    List<String> ids = catalogue.getList("questions.id");
    assertThat(ids).contains("OUT-1", "OUT-2", "OUT-3", "OUT-4", "OUT-5", "OUT-6", "OUT-7", "WF-1", "WF-2", "WF-3", "TQ-1", "TQ-2");
    assertThat(catalogue.getString("source.url")).isEqualTo("http://www.education.gov.uk/munroreview/CSPI.shtml");
    assertThat(catalogue.getString("source.licence")).isEqualTo("Open Government Licence v3.0");
    assertThat(catalogue.getList("themes.code")).containsExactly("OUTCOMES", "ACTIVITY", "DECISION_MAKING", "PLANS", "WORKFORCE");
    assertThat(catalogue.getLong("catalogueVersion")).isGreaterThanOrEqualTo(12);

    JsonPath feelSafe = given().get("/v1/questions/OUT-1?version=1").then().statusCode(200).extract().jsonPath();
    assertThat(feelSafe.getString("text"))
        .isEqualTo("How do you know how safe the children and young people engaged with children's social care services in your area feel:");
    assertThat(feelSafe.getList("parts.text")).containsExactly("At home", "At school", "In their local area");
    assertThat(feelSafe.getList("parts.marker")).containsExactly("(a)", "(b)", "(c)");
    assertThat(feelSafe.getList("followUps.text"))
        .containsExactly(
            "What is done as a result to help children and young people to be safe and to feel safe?",
            "And how do you know whether the services you provide have made a difference?");
    assertThat(feelSafe.getString("theme")).isEqualTo("OUTCOMES");
    assertThat(feelSafe.getString("source")).contains("Department for Education").contains("2011-12-13");

    JsonPath agencies = given().get("/v1/questions/WF-2?version=1").then().statusCode(200).extract().jsonPath();
    assertThat(agencies.getList("parts.key")).containsExactly("a", "b", "c", "d", "e", "f", "g", "1", "2", "3");
    assertThat(agencies.getString("parts[8].text"))
        .isEqualTo(
            "understand agreed children's social care referral thresholds for Section 17 (children in need) which includes children about whom there are concerns about their safety");
    assertThat(given().get("/v1/questions/TQ-2?version=1").then().statusCode(200).extract().<String>path("theme")).isEqualTo("DECISION_MAKING");
  }

  @Test
  void unknownQuestionOrVersionIsAProblemDocument() {
    assertThat(given().get("/v1/questions/NOPE-1").then().statusCode(404).contentType("application/problem+json").extract().<String>path("type"))
        .isEqualTo("urn:safeguarding:problem:not-found");
    given().get("/v1/questions/OUT-1?version=999").then().statusCode(404).contentType("application/problem+json");
    given().get("/v1/questions/OUT-1?version=0").then().statusCode(400).contentType("application/problem+json");
  }

  @Test
  void adminRewordsAndRetiresWithoutLosingEvidenceRecordedAgainstTheEarlierWording() {
    String id = "LQ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> question =
        Map.of(
            "id", id,
            "theme", "ACTIVITY",
            "text", "How do you know that early help reaches the families who need it?",
            "parts", List.of(Map.of("key", "a", "marker", "(a)", "text", "Families with children under five")),
            "source", "Synthetic test question");
    as(KeycloakTokens.admin()).body(question).post("/v1/questions").then().statusCode(201);

    String period = Fixtures.uniquePeriod();
    Map<String, Object> evidence = Fixtures.evidence(period, "PRIVATE");
    evidence.put("questionId", id);
    evidence.put("parts", List.of("a"));
    String evidenceId = Fixtures.create("305", evidence);

    as(KeycloakTokens.admin())
        .body(Map.of("text", "How do you know that early help reaches the children and families who need it?", "changeNote", "Children named first"))
        .post("/v1/questions/" + id + "/versions")
        .then()
        .statusCode(201);
    as(KeycloakTokens.admin()).body(Map.of("reason", "Merged into another question")).post("/v1/questions/" + id + "/retirement").then().statusCode(200);

    JsonPath recorded = asLa("305").get("/v1/local-authorities/305/evidence/" + evidenceId).then().statusCode(200).extract().jsonPath();
    assertThat(recorded.getInt("questionVersion")).isEqualTo(1);
    assertThat(given().get("/v1/questions/" + id + "?version=1").then().statusCode(200).extract().<String>path("text"))
        .isEqualTo("How do you know that early help reaches the families who need it?");
    JsonPath current = given().get("/v1/questions/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(current.getInt("version")).isEqualTo(2);
    assertThat(current.getString("status")).isEqualTo("RETIRED");
    assertThat(given().get("/v1/questions/" + id + "/versions").then().statusCode(200).extract().jsonPath().getList("version")).containsExactly(1, 2);

    assertThat(given().get("/v1/questions").then().extract().jsonPath().getList("questions.id")).doesNotContain(id);
    assertThat(given().get("/v1/questions?includeRetired=true").then().extract().jsonPath().getList("questions.id")).contains(id);

    // new evidence cannot be recorded against a retired question; the rejected request stores nothing
    int before = asLa("305").get("/v1/local-authorities/305/evidence?period=" + period).then().extract().jsonPath().getList("id").size();
    String rule =
        asLa("305")
            .body(evidence)
            .post("/v1/local-authorities/305/evidence")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .path("errors[0].rule");
    assertThat(rule).isEqualTo("ActiveQuestion");
    assertThat(asLa("305").get("/v1/local-authorities/305/evidence?period=" + period).then().extract().jsonPath().getList("id")).hasSize(before);
  }

  @Test
  void onlyAnAdminEditsTheCatalogue() {
    Map<String, Object> question = Map.of("id", "LQ-X1", "theme", "ACTIVITY", "text", "A question?", "source", "test");
    given().contentType("application/json").body(question).post("/v1/questions").then().statusCode(401).contentType("application/problem+json");
    asLa("301").body(question).post("/v1/questions").then().statusCode(403).contentType("application/problem+json");
    as(KeycloakTokens.admin())
        .body(Map.of("id", "bad id", "theme", "ACTIVITY", "text", "", "source", "test"))
        .post("/v1/questions")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(KeycloakTokens.admin()).body(Map.of("changeNote", "x", "text", "y")).post("/v1/questions/NOPE-9/versions").then().statusCode(404);
  }
}
