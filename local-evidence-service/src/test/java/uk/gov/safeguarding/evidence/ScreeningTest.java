package uk.gov.safeguarding.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.safeguarding.evidence.Fixtures.asLa;
import static uk.gov.safeguarding.evidence.Fixtures.create;
import static uk.gov.safeguarding.evidence.Fixtures.evidence;
import static uk.gov.safeguarding.evidence.Fixtures.uniquePeriod;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Free text that would identify a child is refused with 422 naming the field and the kind of
 * identifier, never echoing it: on create, on update, and again when a record leaves draft to be
 * shared or published. LAchildIDs are checked against ingestion-service (here its stand-in
 * {@link IngestionChildIds}); when it is down nothing unscreened gets through (503).
 */
@QuarkusTest
@QuarkusTestResource(value = IngestionChildIds.class, restrictToAnnotatedClass = false)
class ScreeningTest {
  private static final String LA = "301";

  @AfterEach
  void up() {
    IngestionChildIds.down(false);
  }

  private static Response post(Map<String, Object> body) {
    return asLa(LA).body(body).post("/v1/local-authorities/" + LA + "/evidence");
  }

  private static void assertRefused(Response r, String path, String rule, String value) {
    r.then().statusCode(422).contentType("application/problem+json")
        .body("errors[0].path", equalTo(path)).body("errors[0].rule", equalTo(rule));
    assertThat(r.asString()).doesNotContain(value);
  }

  private static String freshChildId() {
    return "QZ" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  @Test
  void refusesAUpnInFindings() {
    Map<String, Object> body = evidence(uniquePeriod(), "PUBLIC");
    body.put("findings", "Child R301123456789 said she did not feel safe at school.");
    assertRefused(post(body), "findings", "NoUpn", "R301123456789");
  }

  @Test
  void refusesAFormerUpnAnNhsNumberAndADateOfBirthInOtherFields() {
    Map<String, Object> a = evidence(uniquePeriod(), "REGION");
    a.put("actionsTaken", "Merged with former UPN L301987654321.");
    assertRefused(post(a), "actionsTaken", "NoFormerUpn", "L301987654321");
    Map<String, Object> b = evidence(uniquePeriod(), "REGION");
    b.put("method", "Case audit; see NHS 943 476 5919");
    assertRefused(post(b), "method", "NoNhsNumber", "943 476 5919");
    Map<String, Object> c = evidence(uniquePeriod(), "PRIVATE");
    c.put("owner", "Team of J. Smith, DOB 12/03/2015");
    assertRefused(post(c), "owner", "NoDateOfBirth", "12/03/2015");
    Map<String, Object> d = evidence(uniquePeriod(), "PUBLIC");
    Map<String, Object> measure = Fixtures.measure("feel-safe", 1, 2, false);
    measure.put("title", "Child R301123456789 felt safe");
    d.put("measures", List.of(measure));
    assertRefused(post(d), "measures[0].title", "NoUpn", "R301123456789");
  }

  @Test
  void refusesAnLaChildIdTheLaHasSentWithoutSendingItInClear() {
    String id = freshChildId();
    IngestionChildIds.sent(LA, id);
    Map<String, Object> body = evidence(uniquePeriod(), "PUBLIC");
    body.put("findings", "Most children felt safe; " + id + " did not.");
    assertRefused(post(body), "findings", "NoLaChildId", id);
    assertThat(IngestionChildIds.bodies()).isNotEmpty().noneMatch(b -> b.contains(id));
    // another LA's child id is no hit for this LA
    String other = freshChildId();
    IngestionChildIds.sent("302", other);
    Map<String, Object> ok = evidence(uniquePeriod(), "PUBLIC");
    ok.put("findings", "Reference " + other + " is not ours.");
    post(ok).then().statusCode(201);
  }

  @Test
  void screensUpdatesToo() {
    String period = uniquePeriod();
    String id = create(LA, evidence(period, "PRIVATE"));
    Map<String, Object> body = evidence(period, "PRIVATE");
    body.put("serviceDevelopment", "Discussed R301123456789 at panel");
    assertRefused(asLa(LA).body(body).put("/v1/local-authorities/" + LA + "/evidence/" + id), "serviceDevelopment", "NoUpn", "R301123456789");
  }

  @Test
  void screensAgainBeforeSharingBeyondTheLa() {
    // written before the LA sent the child in a return; caught when the record leaves draft
    String childId = freshChildId();
    Map<String, Object> body = evidence(uniquePeriod(), "REGION");
    body.put("findings", "Feedback from " + childId + " was positive.");
    String id = create(LA, body);
    IngestionChildIds.sent(LA, childId);
    Response r = asLa(LA).body(Map.of("status", "SUBMITTED")).post("/v1/local-authorities/" + LA + "/evidence/" + id + "/status");
    assertRefused(r, "findings", "NoLaChildId", childId);
    asLa(LA).get("/v1/local-authorities/" + LA + "/evidence/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
  }

  @Test
  void unavailableIngestionIsA503AndNothingIsSaved() {
    IngestionChildIds.down(true);
    String period = uniquePeriod();
    Map<String, Object> body = evidence(period, "PUBLIC");
    body.put("findings", "Compared with cohort KS2 results.");
    post(body).then().statusCode(503).contentType("application/problem+json");
    assertThat(asLa(LA).queryParam("period", period).get("/v1/local-authorities/" + LA + "/evidence").then().statusCode(200)
        .extract().jsonPath().getList("$")).isEmpty();
    // text with no candidate words needs no check
    post(evidence(period, "PUBLIC")).then().statusCode(201);
  }

  @Test
  void screensCommentsOnSharedEvidenceAgainstTheCommentersOwnLa() {
    String id = create(LA, evidence(uniquePeriod(), "REGION"));
    Fixtures.move(LA, id, "SUBMITTED", null);
    String comments = "/v1/local-authorities/" + LA + "/evidence/" + id + "/comments";
    assertRefused(asLa("302").body(Map.of("body", "Was this child R301123456789?")).post(comments), "body", "NoUpn", "R301123456789");
    String theirs = freshChildId();
    IngestionChildIds.sent("302", theirs);
    assertRefused(asLa("302").body(Map.of("body", "We saw the same with " + theirs)).post(comments), "body", "NoLaChildId", theirs);
    asLa("302").body(Map.of("body", "How did you reach the 12 children who did not answer?")).post(comments).then().statusCode(201);
  }
}
