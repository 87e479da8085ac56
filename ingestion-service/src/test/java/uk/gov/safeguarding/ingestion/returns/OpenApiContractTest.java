package uk.gov.safeguarding.ingestion.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.OpenApiContract;

/** The served OpenAPI document matches the committed openapi/ingestion-service.json. */
@QuarkusTest
class OpenApiContractTest {
  @Test
  void servedSpecMatchesTheCommittedContract() {
    String spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    assertThat(OpenApiContract.drift("ingestion-service", spec)).isNull();
  }
}
