package uk.gov.safeguarding.publication.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.OpenApiContract;

@QuarkusTest
class OpenApiContractTest {
  @Test
  void theServedApiMatchesTheCommittedContract() {
    String spec = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    assertThat(OpenApiContract.drift("publication-service", spec)).isNull();
  }
}
