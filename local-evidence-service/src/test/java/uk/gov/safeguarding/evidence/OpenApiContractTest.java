package uk.gov.safeguarding.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.OpenApiContract;

@QuarkusTest
class OpenApiContractTest {
  @Test
  void servedApiMatchesTheCommittedContract() {
    String spec = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    assertThat(OpenApiContract.drift("local-evidence-service", spec)).isNull();
  }

  @Test
  void healthIncludesTheDatabase() {
    String health = given().get("/q/health/ready").then().statusCode(200).extract().asString();
    assertThat(health).contains("Database connections health check");
  }
}
