package uk.gov.safeguarding.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.OpenApiContract;

@QuarkusTest
class OpenApiContractTest {
  @Test
  void servedApiMatchesTheCommittedContract() {
    String spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    assertThat(OpenApiContract.drift("indicator-service", spec)).isNull();
  }
}
