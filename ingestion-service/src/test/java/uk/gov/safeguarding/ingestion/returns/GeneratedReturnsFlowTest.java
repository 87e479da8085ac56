package uk.gov.safeguarding.ingestion.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.synthetic.FullModuleReturn;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * Generated full-module returns (every element independently present, absent or empty; dates on
 * the census boundaries) posted over HTTP to the service on real PostgreSQL and Keycloak: the
 * answer is always a stored version with a report, never 5xx. Includes one 10,000-child return,
 * generated into target/ for the run (never committed). LA 890 only here.
 */
@QuarkusTest
class GeneratedReturnsFlowTest {
  private static final String LA = "890";

  private static byte[] unique(byte[] xml) {
    return new String(xml, StandardCharsets.UTF_8).replace("<Release>1</Release>", "<Release>" + UUID.randomUUID() + "</Release>").getBytes(StandardCharsets.UTF_8);
  }

  private static Response post(byte[] body) {
    return given().auth().oauth2(KeycloakTokens.forLa(LA)).contentType("application/xml").body(body).post("/v1/returns/cin");
  }

  @Test
  void generatedReturnsAlwaysGetAStoredVersionAndAReport() {
    qt().withExamples(12).withShrinkCycles(5)
        .forAll(integers().between(2024, 2026), longs().all())
        .checkAssert((year, seed) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          FullModuleReturn.write(LA, year, 40, FullModuleReturn.Choices.random(seed), out);
          Response r = post(unique(out.toByteArray()));
          assertThat(r.statusCode()).as("year %d seed %d: %s", year, seed, r.asString()).isEqualTo(201);
          String id = r.path("id");
          given().auth().oauth2(KeycloakTokens.forLa(LA)).get("/v1/returns/" + id + "/issues").then().statusCode(200).body("returnId", equalTo(id));
        });
  }

  @Test
  void aTenThousandChildFullModuleReturnGetsAReport() throws IOException {
    Path file = Path.of("target", "generated-returns", "full-module-10000-2026.xml");
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      FullModuleReturn.write(LA, 2026, 10_000, FullModuleReturn.Choices.random(2026), out);
    }
    byte[] body = unique(Files.readAllBytes(file));
    assertThat(new String(body, StandardCharsets.UTF_8)).contains("<InitialCategoryOfAbuse></InitialCategoryOfAbuse>", "<InitialCategoryOfAbuse/>");

    Response r = post(body);
    r.then().statusCode(201).body("children", equalTo(10_000)).body("errors", greaterThan(0));
    String id = r.path("id");
    String csv = given().auth().oauth2(KeycloakTokens.forLa(LA)).accept("text/csv").get("/v1/returns/" + id + "/issues").then().statusCode(200).extract().asString();
    assertThat(csv.lines().filter(l -> l.startsWith("CHILD,8905,")).count()).isPositive();
  }
}
