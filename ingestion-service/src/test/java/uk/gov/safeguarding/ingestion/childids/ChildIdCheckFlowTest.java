package uk.gov.safeguarding.ingestion.childids;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.safeguarding.ingestion.cin.CinXml.child;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.ingestion.cin.CinXml;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * local-evidence-service asks whether words of free text are LAchildIDs the LA has sent: over real
 * PostgreSQL and Keycloak, with a return accepted first. Only hashes travel, and only yes/no comes
 * back. LAs 810-811 are used only here.
 */
@QuarkusTest
class ChildIdCheckFlowTest {
  private static final String LA = "810";
  private static final String OTHER_LA = "811";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static String sentId;

  /** Accepts a return of two children once (in the first test: REST Assured has no port before). */
  @BeforeEach
  void acceptAReturn() {
    if (sentId != null) {
      return;
    }
    String id = "Q" + (100_000_000 + RANDOM.nextInt(899_999_999));
    String xml = CinXml.message(2025, LA, child(id),
            child("Q" + (100_000_000 + RANDOM.nextInt(899_999_999))).with("<UPN>R301123456789</UPN>", "<UPN>L301987654321</UPN>"))
        .replace("<Release>1</Release>", "<Release>" + UUID.randomUUID() + "</Release>");
    given().auth().oauth2(KeycloakTokens.forLa(LA)).contentType("application/xml").body(xml.getBytes(StandardCharsets.UTF_8))
        .post("/v1/returns/cin").then().statusCode(201).body("status", equalTo("ACCEPTED"));
    sentId = id;
  }

  private static byte[] nonce() {
    byte[] n = new byte[16];
    RANDOM.nextBytes(n);
    return n;
  }

  private static Response check(String token, String la, byte[] nonce, List<String> candidates) {
    List<String> digests = candidates.stream().map(c -> ChildIdDigests.digest(nonce, c)).toList();
    return given().auth().oauth2(token).contentType("application/json")
        .body(Map.of("nonce", HexFormat.of().formatHex(nonce), "digests", digests))
        .post("/v1/local-authorities/" + la + "/child-id-checks");
  }

  @Test
  void answersYesForAnIdTheLaSentAndNoForAnythingElse() {
    Response r = check(KeycloakTokens.forLa(LA), LA, nonce(), List.of("Q000000001", sentId, "summer", sentId.toLowerCase()));
    r.then().statusCode(200).contentType("application/json");
    assertThat(r.jsonPath().getList("known", Boolean.class)).containsExactly(false, true, false, false);
    // the answer never carries an id
    assertThat(r.asString()).doesNotContain(sentId).isEqualTo("{\"known\":[false,true,false,false]}");
  }

  @Test
  void anotherLasIdsAreNotTheLasOwn() {
    Response r = check(KeycloakTokens.forLa(OTHER_LA), OTHER_LA, nonce(), List.of(sentId));
    assertThat(r.then().statusCode(200).extract().jsonPath().getList("known", Boolean.class)).containsExactly(false);
  }

  @Test
  void onlyATokenOfTheLaMayAsk() {
    check(KeycloakTokens.forLa(OTHER_LA), LA, nonce(), List.of(sentId)).then().statusCode(403).contentType("application/problem+json");
    check(KeycloakTokens.dfeAnalyst(), LA, nonce(), List.of(sentId)).then().statusCode(403);
    given().contentType("application/json").body("{\"nonce\":\"00\",\"digests\":[]}")
        .post("/v1/local-authorities/" + LA + "/child-id-checks").then().statusCode(401);
  }

  @Test
  void malformedChecksAreProblemsNamingTheField() {
    given().auth().oauth2(KeycloakTokens.forLa(LA)).contentType("application/json").body("{\"nonce\":\"short\",\"digests\":[]}")
        .post("/v1/local-authorities/" + LA + "/child-id-checks").then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].path", equalTo("nonce")).body("errors[0].rule", equalTo("NonceFormat"));
    given().auth().oauth2(KeycloakTokens.forLa(LA)).contentType("application/json")
        .body(Map.of("nonce", HexFormat.of().formatHex(nonce()), "digests", List.of(sentId)))
        .post("/v1/local-authorities/" + LA + "/child-id-checks").then().statusCode(400)
        .body("errors[0].path", equalTo("digests[0]")).body("errors[0].rule", equalTo("DigestFormat"));
  }

  @Test
  void aDigestIsBoundToItsNonce() {
    byte[] first = nonce();
    String digest = ChildIdDigests.digest(first, sentId);
    Response replay = given().auth().oauth2(KeycloakTokens.forLa(LA)).contentType("application/json")
        .body(Map.of("nonce", HexFormat.of().formatHex(nonce()), "digests", List.of(digest)))
        .post("/v1/local-authorities/" + LA + "/child-id-checks");
    assertThat(replay.then().statusCode(200).extract().jsonPath().getList("known", Boolean.class)).containsExactly(false);
  }
}
