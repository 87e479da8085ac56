package uk.gov.safeguarding.evidence;

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

/**
 * Owner: Barking and Dagenham (301, London). Its statistical-neighbour list includes Luton (821,
 * East of England), so Luton is in its group; Barnet (302) is in London but not in the group;
 * Bath and North East Somerset (800, South West) is in neither.
 */
@QuarkusTest
class SharingTest {

  @Test
  void eachVisibilityReachesExactlyItsAudienceAndDraftsStayWithTheLa() {
    String period = Fixtures.uniquePeriod();
    Map<String, String> ids = new java.util.LinkedHashMap<>();
    for (String visibility : List.of("PRIVATE", "REGION", "STATISTICAL_NEIGHBOURS", "NATIONAL", "PUBLIC")) {
      String id = Fixtures.create("301", Fixtures.evidence(period, visibility));
      Fixtures.move("301", id, "SUBMITTED", null);
      ids.put(visibility, id);
    }
    String draft = Fixtures.create("301", Fixtures.evidence(period, "PUBLIC"));

    assertThat(visibleTo(KeycloakTokens.forLa("301"), period)).containsExactlyInAnyOrderElementsOf(concat(ids.values(), draft));
    assertThat(visibleTo(KeycloakTokens.forLa("302"), period)).containsExactlyInAnyOrder(ids.get("REGION"), ids.get("PUBLIC"));
    assertThat(visibleTo(KeycloakTokens.forLa("821"), period)).containsExactlyInAnyOrder(ids.get("STATISTICAL_NEIGHBOURS"), ids.get("PUBLIC"));
    assertThat(visibleTo(KeycloakTokens.forLa("800"), period)).containsExactlyInAnyOrder(ids.get("PUBLIC"));
    assertThat(visibleTo(KeycloakTokens.dfeAnalyst(), period)).containsExactlyInAnyOrder(ids.get("NATIONAL"), ids.get("PUBLIC"));

    // a record one may not see is "not found", not "forbidden"
    asLa("800").get("/v1/local-authorities/301/evidence/" + ids.get("REGION")).then().statusCode(404);
    asLa("302").get("/v1/local-authorities/301/evidence/" + ids.get("REGION")).then().statusCode(200);
    asLa("302").get("/v1/local-authorities/301/evidence/" + draft).then().statusCode(404);
  }

  private static List<String> visibleTo(String token, String period) {
    return as(token).get("/v1/local-authorities/301/evidence?period=" + period).then().statusCode(200).extract().jsonPath().getList("id");
  }

  private static List<String> concat(java.util.Collection<String> a, String b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.add(b);
    return out;
  }

  @Test
  void peersWhoCanSeeARecordCanChallengeItAndOthersCannot() {
    String period = Fixtures.uniquePeriod();
    String id = Fixtures.create("301", Fixtures.evidence(period, "REGION"));
    Fixtures.move("301", id, "SUBMITTED", null);
    String comments = "/v1/local-authorities/301/evidence/" + id + "/comments";

    JsonPath added =
        asLa("302").body(Map.of("body", "How did you reach children who did not answer the survey?")).post(comments).then().statusCode(201).extract().jsonPath();
    assertThat(added.getString("authorLaCode")).isEqualTo("302");
    assertThat(added.getString("authorName")).isEqualTo("Barnet");
    asLa("301").body(Map.of("body", "Through IRO visits; see the follow-up item.")).post(comments).then().statusCode(201);

    asLa("800").body(Map.of("body", "Nosy")).post(comments).then().statusCode(404).contentType("application/problem+json");
    asLa("302").body(Map.of("body", " ")).post(comments).then().statusCode(400).contentType("application/problem+json");

    assertThat(asLa("301").get(comments).then().statusCode(200).extract().jsonPath().getList("authorLaCode")).containsExactly("302", "301");
    asLa("800").get(comments).then().statusCode(404);
  }

  @Test
  void fullTextSearchFindsHowOtherLasAnsweredOnlyWithinWhatTheCallerMaySee() {
    String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String period = Fixtures.uniquePeriod();
    Map<String, Object> shared = Fixtures.evidence(period, "REGION");
    shared.put("findings", "Children told the young people's panel " + word + " that they feel safer walking to school.");
    String sharedId = Fixtures.create("301", shared);
    Fixtures.move("301", sharedId, "SUBMITTED", null);
    Map<String, Object> hidden = Fixtures.evidence(period, "PRIVATE");
    hidden.put("findings", "Panels " + word + " were cancelled.");
    String hiddenId = Fixtures.create("301", hidden);

    List<String> forBarnet = asLa("302").queryParam("q", word + " panel").get("/v1/search").then().statusCode(200).extract().jsonPath().getList("id");
    assertThat(forBarnet).containsExactly(sharedId);
    List<String> forOwner = asLa("301").queryParam("q", word).queryParam("kind", "evidence").get("/v1/search").then().statusCode(200).extract().jsonPath().getList("id");
    assertThat(forOwner).containsExactlyInAnyOrder(sharedId, hiddenId);
    assertThat(asLa("800").queryParam("q", word).get("/v1/search").then().statusCode(200).extract().jsonPath().getList("id")).isEmpty();
    assertThat(asLa("302").queryParam("q", word).queryParam("questionId", "OUT-2").get("/v1/search").then().extract().jsonPath().getList("id")).isEmpty();
    String snippet = asLa("302").queryParam("q", word).get("/v1/search").then().extract().path("[0].snippet");
    assertThat(snippet).contains("«" + word + "»");
    asLa("302").get("/v1/search").then().statusCode(400).contentType("application/problem+json");
  }

  @Test
  void selfAssessmentsAreKeptAsHistorySoChangeOverTimeIsVisible() {
    String la = "303";
    String period = Fixtures.uniquePeriod();
    String theme = "WORKFORCE";
    Map<String, Object> first = Map.of("theme", theme, "period", period, "rating", "REQUIRES_IMPROVEMENT", "narrative", "Caseloads too high in two teams.", "visibility", "REGION", "synthetic", true);
    Map<String, Object> second = Map.of("theme", theme, "period", period, "rating", "GOOD", "narrative", "Caseloads now within target after recruitment.", "visibility", "PRIVATE", "synthetic", true);
    String path = "/v1/local-authorities/" + la + "/self-assessments";
    String firstId = asLa(la).body(first).post(path).then().statusCode(201).extract().path("id");
    JsonPath latest = asLa(la).body(second).post(path).then().statusCode(201).extract().jsonPath();
    assertThat(latest.getString("previousRating")).isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(latest.getString("change")).isEqualTo("IMPROVED");

    JsonPath history = asLa(la).get(path + "?theme=" + theme).then().statusCode(200).extract().jsonPath();
    assertThat(history.getString("[0].id")).isEqualTo(latest.getString("id"));
    assertThat(history.getList("id")).contains(firstId);
    // a regional peer sees the shared one but not the private one
    List<String> peer = asLa("302").get(path + "?theme=" + theme).then().statusCode(200).extract().jsonPath().getList("id");
    assertThat(peer).contains(firstId).doesNotContain(latest.getString("id"));

    asLa("302").body(first).post(path).then().statusCode(403).contentType("application/problem+json");
    JsonPath problem =
        asLa(la).body(Map.of("theme", "NOPE", "period", period, "rating", "GOOD", "narrative", "x", "visibility", "PRIVATE")).post(path).then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
    assertThat(problem.getList("errors.path")).isNotEmpty();
  }

  @Test
  void aRegionDefinesItsOwnBenchmarkingSetAndSeesPeersSharedLocalMeasures() {
    String period = Fixtures.uniquePeriod();
    String measure = "feel-safe-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = Fixtures.evidence(period, "REGION");
    body.put("measures", List.of(Fixtures.measure(measure, 45, 60, false)));
    String id = Fixtures.create("301", body);
    Fixtures.move("301", id, "SUBMITTED", null);
    Map<String, Object> privateOne = Fixtures.evidence(period, "PRIVATE");
    privateOne.put("measures", List.of(Fixtures.measure(measure, 10, 60, false)));
    Fixtures.move("302", Fixtures.create("302", privateOne), "SUBMITTED", null);

    Map<String, Object> set = Map.of("name", "London safety set " + measure, "indicators", List.of("CPP_RATE", "S47_RATE"), "localMeasures", List.of(measure));
    String path = "/v1/regions/E12000007/benchmarking-sets";
    String setId = asLa("303").body(set).post(path).then().statusCode(201).extract().path("id");
    asLa("303").body(set).post(path).then().statusCode(409);
    asLa("800").body(set).post(path).then().statusCode(403).contentType("application/problem+json");
    asLa("800").get(path).then().statusCode(403);
    as(KeycloakTokens.dfeAnalyst()).get(path + "/" + setId).then().statusCode(200);
    asLa("303").get("/v1/regions/E12099999/benchmarking-sets").then().statusCode(404);

    JsonPath values = asLa("303").get(path + "/" + setId + "/values?period=" + period).then().statusCode(200).extract().jsonPath();
    assertThat(values.getList("laCode")).containsExactly("301");
    assertThat(values.getFloat("[0].value")).isEqualTo(75.0f);
    // Barnet sees its own submitted private value and 301's shared one
    assertThat(asLa("302").get(path + "/" + setId + "/values?period=" + period).then().extract().jsonPath().getList("laCode")).containsExactlyInAnyOrder("301", "302");
  }
}
