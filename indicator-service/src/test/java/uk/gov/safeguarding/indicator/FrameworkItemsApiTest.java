package uk.gov.safeguarding.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A user can go from the framework's list of national items to the catalogue and back. */
@QuarkusTest
class FrameworkItemsApiTest {

  @Test
  void listsTheNationalItemsWithTheIndicatorsThatMeasureThem() {
    given().get("/v1/indicators/framework-items").then().statusCode(200)
        .body("size()", is(27))
        .body("[0].id", is("N1")).body("[26].id", is("N27"))
        .body("rationale", everyItem(not(emptyOrNullString())))
        .body("find { it.id == 'N12' }.indicators", hasSize(5))
        .body("find { it.id == 'N20' }.status", is("NOT_COLLECTED"))
        .body("find { it.id == 'N20' }.statusReason", not(emptyOrNullString()))
        .body("find { it.id == 'N27' }.indicators", contains("sw-fte-rate"));
  }

  @Test
  void filtersTheCatalogueByFrameworkItem() {
    given().queryParam("frameworkItem", "N12").get("/v1/indicators").then().statusCode(200)
        .body("indicators.id", containsInAnyOrder("cpp-starts-neglect-rate", "cpp-starts-physical-abuse-rate",
            "cpp-starts-emotional-abuse-rate", "cpp-starts-sexual-abuse-rate", "cpp-starts-multiple-rate"))
        .body("indicators.frameworkItem", everyItem(is("N12")));
    given().get("/v1/indicators/referral-rate").then().statusCode(200)
        .body("frameworkItem", is((Object) null)).body("beyondFramework", not(emptyOrNullString()));
  }

  @Test
  void anUnknownFrameworkItemIsAProblemNamingTheField() {
    given().queryParam("frameworkItem", "N99").get("/v1/indicators").then().statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].path", is("frameworkItem")).body("errors[0].rule", is("FrameworkItemKnown"));
  }
}
