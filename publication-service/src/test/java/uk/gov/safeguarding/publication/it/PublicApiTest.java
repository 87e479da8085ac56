package uk.gov.safeguarding.publication.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public read API over the historical series that every instance publishes as 1.0.0. */
@QuarkusTest
class PublicApiTest {
  @Test
  void listsThePublicationAndItsDataSets() {
    given().get("/v1/publications").then().statusCode(200).body("[0].id", equalTo("childrens-safeguarding-performance"));
    given().get("/v1/publications/childrens-safeguarding-performance/data-sets").then().statusCode(200)
        .body("id", hasItem("safeguarding-indicators")).body("id", hasItem("local-measures"));
    given().get("/v1/data-sets/safeguarding-indicators").then().statusCode(200).body("latestVersion.status", equalTo("Published"));
    given().get("/v1/data-sets/no-such-set").then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void metaDescribesIndicatorsPeriodsAndAreasFrom2016() {
    List<String> periods = given().get("/v1/data-sets/safeguarding-indicators/meta?version=1.*").then().statusCode(200)
        .body("indicators.id", hasItem("referral-rate")).extract().jsonPath().getList("timePeriods");
    assertThat(periods).contains("2015-16", "2024-25");
  }

  @Test
  void queriesFilterSortAndPageWithVersionPinning() {
    given().queryParam("indicators", "referral-rate").queryParam("areas", "301,E09000003").queryParam("periodFrom", "2015-16").queryParam("periodTo", "2024-25")
        .queryParam("sort", "timePeriod:desc,areaCode:asc").queryParam("pageSize", "5").queryParam("version", "1.0.0")
        .get("/v1/data-sets/safeguarding-indicators/query").then().statusCode(200)
        .header("Cache-Control", org.hamcrest.Matchers.containsString("immutable"))
        .body("version", equalTo("1.0.0"))
        .body("paging.totalResults", equalTo(20)).body("paging.totalPages", equalTo(4)).body("results", hasSize(5))
        .body("results[0].timePeriod", equalTo("2024-25")).body("results[0].areaCode", equalTo("E09000002"))
        .body("results[0].value", equalTo(798.5f));
    given().contentType("application/json").body(Map.of("indicators", List.of("referral-rate"), "regions", List.of("E12000001"), "periods", List.of("2024-25"), "version", "1.0.0"))
        .post("/v1/data-sets/safeguarding-indicators/query").then().statusCode(200)
        .body("paging.totalResults", equalTo(13)); // the North East's 12 LAs and the region
  }

  @Test
  void aQueryAnswerHasAStrongEtagThatAnswers304AndTheSameQueryByGetOrPostGetsTheSameAnswer() {
    var get = given().queryParam("indicators", "referral-rate").queryParam("areas", "301").queryParam("periods", "2019-20,2020-21").queryParam("version", "1.0.0")
        .get("/v1/data-sets/safeguarding-indicators/query");
    get.then().statusCode(200).header("Cache-Control", org.hamcrest.Matchers.containsString("immutable")).body("paging.totalResults", org.hamcrest.Matchers.equalTo(2));
    String etag = get.getHeader("ETag");
    assertThat(etag).matches("\"[0-9a-f]{64}\"");

    given().header("If-None-Match", etag).queryParam("indicators", "referral-rate").queryParam("areas", "301").queryParam("periods", "2019-20,2020-21").queryParam("version", "1.0.0")
        .get("/v1/data-sets/safeguarding-indicators/query").then().statusCode(304).header("ETag", etag);
    var post = given().contentType("application/json").body(java.util.Map.of("indicators", java.util.List.of("referral-rate"), "areas", java.util.List.of("301"), "periods", java.util.List.of("2019-20", "2020-21"), "version", "1.0.0"))
        .post("/v1/data-sets/safeguarding-indicators/query");
    post.then().statusCode(200).header("ETag", etag);
    assertThat(post.asString()).isEqualTo(get.asString());
    // another filter, another answer
    given().header("If-None-Match", etag).queryParam("indicators", "referral-rate").queryParam("areas", "302").queryParam("periods", "2019-20,2020-21").queryParam("version", "1.0.0")
        .get("/v1/data-sets/safeguarding-indicators/query").then().statusCode(200).header("ETag", org.hamcrest.Matchers.not(etag));
  }

  @Test
  void invalidQueriesNameTheOffendingParameter() {
    given().queryParam("indicators", "no-such-indicator").queryParam("areas", "999").queryParam("sort", "colour:up")
        .get("/v1/data-sets/safeguarding-indicators/query").then().statusCode(400).contentType("application/problem+json")
        .body("errors.path", hasItem("indicators[0]")).body("errors.rule", hasItem("UnknownIndicator"))
        .body("errors.path", hasItem("areas[0]")).body("errors.path", hasItem("sort[0]"));
    given().queryParam("version", "banana").get("/v1/data-sets/safeguarding-indicators/query").then().statusCode(400)
        .body("errors[0].path", equalTo("version"));
    given().queryParam("version", "99.*").get("/v1/data-sets/safeguarding-indicators/query").then().statusCode(404);
  }

  @Test
  void areasListEnglandRegionsAndTheLiveAuthoritiesWithSuccessors() {
    var json = given().get("/v1/areas").then().statusCode(200).extract().jsonPath();
    assertThat(json.getList("localAuthorities")).hasSize(153);
    assertThat(json.getList("regions")).hasSize(9);
    assertThat(json.getString("england.code")).isEqualTo("E92000001");
    Map<String, Object> northamptonshire = json.getMap("terminatedAuthorities.find { it.code == 'E10000021' }");
    assertThat((List<String>) northamptonshire.get("successors")).contains("E06000061", "E06000062");
  }

  @Test
  void theCatalogueIsDcatJsonLdAndTheCsvHasCsvwMetadata() {
    given().get("/v1/catalog").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/ld+json"))
        .body("'@type'", equalTo("dcat:Catalog")).body("'dcat:dataset'.'dct:identifier'", hasItem("safeguarding-indicators"));
    given().get("/v1/data-sets/safeguarding-indicators/versions/1.0.0/csv-metadata.json").then().statusCode(200)
        .body("'@context'", equalTo("http://www.w3.org/ns/csvw")).body("tableSchema.columns.name", hasItem("status"));
  }

  @Test
  void theFeedServesComparisonGroupsOverTheLatestPeriods() {
    given().queryParam("metricType", "referral-rate").queryParam("area", "neighbours:301,E92000001").queryParam("period", "latest:3")
        .get("/v1/feed/data.json").then().statusCode(200)
        .body("periods", hasSize(3)).body("metricTypes[0].polarity", notNullValue())
        .body("values.areaCode", hasItem("E09000002")).body("values[0].formattedValue", notNullValue());
    String csv = given().queryParam("metricType", "referral-rate").queryParam("area", "region:E12000001").queryParam("period", "latest")
        .get("/v1/feed/data.csv").then().statusCode(200).extract().asString();
    assertThat(csv.split("\n")[0]).contains("metricType", "areaCode", "formattedValue", "publicationStatus");
    given().queryParam("metricType", "referral-rate").queryParam("area", "region:E99").get("/v1/feed/data.json").then().statusCode(400)
        .body("errors[0].path", equalTo("area"));
  }

  @Test
  void healthIsUp() {
    given().get("/q/health/ready").then().statusCode(200);
  }
}
