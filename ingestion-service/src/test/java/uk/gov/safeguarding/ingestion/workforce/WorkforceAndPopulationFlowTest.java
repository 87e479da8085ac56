package uk.gov.safeguarding.ingestion.workforce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.events.MeasuresComputed;
import uk.gov.safeguarding.ingestion.measures.MeasuresTopic;
import uk.gov.safeguarding.ingestion.measures.MeasuresTopicFlow;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * Workforce returns and population uploads over real PostgreSQL, Kafka and Keycloak: what is
 * accepted is stored, versioned and emitted as MeasuresComputed on the real broker; what is
 * rejected answers problem+json with paths and rule codes and changes nothing.
 */
@QuarkusTest
class WorkforceAndPopulationFlowTest extends MeasuresTopicFlow {
  @Test
  void acceptsAWorkforceReturnStoresAVersionAndEmitsItsMeasures() {
    int cases = unique(1000, 900_000); // unique per run so the figures are new
    String body =
        """
        {"collectionYear": 2025, "socialWorkersFte": 229.5, "vacanciesFte": 53, "leaversFte": 34,
         "agencyFte": 41.5, "absenceDays": 2300, "workingDaysAvailable": 59800, "casesHeld": %d}
        """.formatted(cases);
    String id =
        given().auth().oauth2(KeycloakTokens.forLa("302")).contentType(ContentType.JSON).body(body)
            .when().post("/v1/returns/workforce")
            .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/v1/returns/workforce/"))
            .body("laCode", equalTo("302")).body("laGssCode", equalTo("E09000003")).body("casesHeld", equalTo(cases))
            .extract().path("id");

    // the same figures again: the stored version, nothing new
    given().auth().oauth2(KeycloakTokens.forLa("302")).contentType(ContentType.JSON).body(body)
        .when().post("/v1/returns/workforce")
        .then().statusCode(200).body("id", equalTo(id));

    List<ConsumerRecord<String, String>> records = topic.await(e -> id.equals(e.sourceId()), 1);
    assertThat(records).hasSize(1);
    ConsumerRecord<String, String> record = records.get(0);
    assertThat(record.key()).isEqualTo("E09000003");
    MeasuresComputed event = EventJson.read(record.value(), MeasuresComputed.class);
    assertThat(event.source()).isEqualTo(MeasureSource.WORKFORCE);
    assertThat(event.oldLaCode()).isEqualTo("302");
    assertThat(event.collectionYear()).isEqualTo(2025);
    assertThat(event.counts())
        .containsEntry(MeasureCodes.SW_CASES_HELD, BigDecimal.valueOf(cases))
        .hasEntrySatisfying(MeasureCodes.SW_FTE, v -> assertThat(v).isEqualByComparingTo("229.5"))
        .hasEntrySatisfying(MeasureCodes.SW_AGENCY_FTE, v -> assertThat(v).isEqualByComparingTo("41.5"))
        .hasEntrySatisfying(MeasureCodes.SW_VACANCIES_FTE, v -> assertThat(v).isEqualByComparingTo("53"))
        .hasEntrySatisfying(MeasureCodes.SW_LEAVERS_FTE, v -> assertThat(v).isEqualByComparingTo("34"))
        .hasEntrySatisfying(MeasureCodes.SW_ABSENCE_DAYS, v -> assertThat(v).isEqualByComparingTo("2300"))
        .hasEntrySatisfying(MeasureCodes.SW_WORKING_DAYS, v -> assertThat(v).isEqualByComparingTo("59800"));
    MeasuresTopic.assertNoChildLevelFields(record.value());

    given().auth().oauth2(KeycloakTokens.forLa("302")).when().get("/v1/returns/workforce?collectionYear=2025")
        .then().statusCode(200).body("id", hasItem(id));
  }

  @Test
  void acceptsAWorkforceReturnAsCsv() {
    int cases = unique(1000, 900_000);
    String csv = "collectionYear,socialWorkersFte,vacanciesFte,leaversFte,agencyFte,absenceDays,workingDaysAvailable,casesHeld\n"
        + "2024,100,10,12,5,900,26000," + cases + "\n";
    given().auth().oauth2(KeycloakTokens.forLa("303")).contentType("text/csv").body(csv)
        .when().post("/v1/returns/workforce")
        .then().statusCode(201).body("laCode", equalTo("303")).body("casesHeld", equalTo(cases)).body("socialWorkersFte", equalTo(100));
  }

  @Test
  void rejectsInconsistentWorkforceFiguresWithPathsAndRulesAndStoresNothing() {
    int before = given().auth().oauth2(KeycloakTokens.forLa("304")).when().get("/v1/returns/workforce").then().statusCode(200).extract().path("size()");
    given().auth().oauth2(KeycloakTokens.forLa("304")).contentType(ContentType.JSON)
        .body("""
            {"collectionYear": 2025, "socialWorkersFte": 10, "vacanciesFte": -1, "leaversFte": 2,
             "agencyFte": 0, "absenceDays": 3000, "workingDaysAvailable": 2600, "casesHeld": 150}
            """)
        .when().post("/v1/returns/workforce")
        .then().statusCode(400).contentType("application/problem+json")
        .body("errors.path", org.hamcrest.Matchers.containsInAnyOrder("/vacanciesFte"))
        .body("errors.rule", org.hamcrest.Matchers.contains("NonNegative"));
    given().auth().oauth2(KeycloakTokens.forLa("304")).contentType(ContentType.JSON)
        .body("""
            {"collectionYear": 2025, "socialWorkersFte": 10, "vacanciesFte": 1, "leaversFte": 2,
             "agencyFte": 0, "absenceDays": 3000, "workingDaysAvailable": 2600, "casesHeld": 150}
            """)
        .when().post("/v1/returns/workforce")
        .then().statusCode(400).contentType("application/problem+json")
        .body("errors", hasSize(1)).body("errors[0].path", equalTo("/absenceDays")).body("errors[0].rule", equalTo("AbsenceExceedsWorkingDays"));
    given().auth().oauth2(KeycloakTokens.forLa("304")).contentType("text/csv")
        .body("collectionYear,socialWorkersFte,vacanciesFte,leaversFte,agencyFte,absenceDays,workingDaysAvailable,casesHeld\n2025,ten,1,2,0,3,2600,150\n")
        .when().post("/v1/returns/workforce")
        .then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].path", equalTo("csv/line/2/socialWorkersFte")).body("errors[0].rule", equalTo("InvalidNumber"));
    given().auth().oauth2(KeycloakTokens.forLa("304")).when().get("/v1/returns/workforce").then().statusCode(200).body("size()", equalTo(before));
  }

  @Test
  void refusesAReturnForAnotherLocalAuthorityAndOtherRoles() {
    given().auth().oauth2(KeycloakTokens.forLa("305")).contentType(ContentType.JSON)
        .body("{\"laCode\": \"306\", \"collectionYear\": 2025, \"socialWorkersFte\": 1, \"vacanciesFte\": 0, \"leaversFte\": 0, \"agencyFte\": 0, \"absenceDays\": 0, \"workingDaysAvailable\": 200, \"casesHeld\": 1}")
        .when().post("/v1/returns/workforce")
        .then().statusCode(403).contentType("application/problem+json");
    given().auth().oauth2(KeycloakTokens.dataSteward()).contentType(ContentType.JSON).body("{}")
        .when().post("/v1/returns/workforce")
        .then().statusCode(403);
    given().auth().oauth2(KeycloakTokens.forLa("305")).when().get("/v1/returns/workforce?la=306").then().statusCode(403);
    given().when().get("/v1/returns/workforce").then().statusCode(401);
  }

  @Test
  void uploadsPopulationAndEmitsOneEventPerChangedLocalAuthority() {
    int year = 2025;
    long camden = unique(40_000, 50_000);
    long kent = unique(300_000, 340_000);
    String body =
        """
        {"collectionYear": %d, "source": "ONS mid-year estimates 2024 (synthetic test values)",
         "values": [{"laCode": "202", "population0to17": %d}, {"laCode": "E10000016", "population0to17": %d}]}
        """.formatted(year, camden, kent);
    Map<String, Object> view =
        given().auth().oauth2(KeycloakTokens.dataSteward()).contentType(ContentType.JSON).body(body)
            .when().post("/v1/reference-data/population")
            .then().statusCode(201).body("changed", equalTo(2)).body("unchanged", equalTo(0))
            .extract().as(Map.class);
    String uploadId = (String) view.get("uploadId");

    given().auth().oauth2(KeycloakTokens.dataSteward()).contentType(ContentType.JSON).body(body)
        .when().post("/v1/reference-data/population")
        .then().statusCode(200).body("changed", equalTo(0)).body("unchanged", equalTo(2));

    List<ConsumerRecord<String, String>> records = topic.await(e -> uploadId.equals(e.sourceId()), 2);
    assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("E09000007", "E10000016");
    for (ConsumerRecord<String, String> r : records) {
      MeasuresComputed e = EventJson.read(r.value(), MeasuresComputed.class);
      assertThat(e.source()).isEqualTo(MeasureSource.POPULATION);
      assertThat(e.collectionYear()).isEqualTo(year);
      assertThat(e.counts()).containsOnlyKeys(MeasureCodes.POPULATION_0_17);
      assertThat(e.counts().get(MeasureCodes.POPULATION_0_17).longValueExact()).isEqualTo(e.laCode().equals("E09000007") ? camden : kent);
      MeasuresTopic.assertNoChildLevelFields(r.value());
    }

    given().auth().oauth2(KeycloakTokens.forLa("202")).when().get("/v1/reference-data/population?collectionYear=" + year)
        .then().statusCode(200).body("size()", equalTo(1)).body("[0].laCode", equalTo("202")).body("[0].population0to17", equalTo((int) camden));
  }

  @Test
  void aPopulationUploadChangingOneLocalAuthorityCountsOnlyThatOneAsChanged() {
    // population has no denominator: a stored value must read back with none, or every area differs
    long islington = unique(40_000, 50_000);
    long hackney = unique(50_000, 60_000);
    String csv = "laCode,population0to17\n206,%d\n204,%d\n";
    given().auth().oauth2(KeycloakTokens.dataSteward()).contentType("text/csv")
        .queryParam("collectionYear", 2022).queryParam("source", "ONS mid-year estimates 2021 (synthetic test values)")
        .body(csv.formatted(islington, hackney))
        .when().post("/v1/reference-data/population")
        .then().statusCode(201);
    given().auth().oauth2(KeycloakTokens.dataSteward()).contentType("text/csv")
        .queryParam("collectionYear", 2022).queryParam("source", "ONS mid-year estimates 2021 (synthetic test values)")
        .body(csv.formatted(islington, hackney + 1))
        .when().post("/v1/reference-data/population")
        .then().statusCode(201).body("changed", equalTo(1)).body("unchanged", equalTo(1));
  }

  @Test
  void acceptsPopulationAsCsv() {
    long value = unique(10_000, 20_000);
    given().auth().oauth2(KeycloakTokens.dataSteward()).contentType("text/csv")
        .queryParam("collectionYear", 2024).queryParam("source", "ONS mid-year estimates 2023 (synthetic test values)")
        .body("laCode,population0to17\n201," + value + "\n")
        .when().post("/v1/reference-data/population")
        .then().statusCode(201).body("changed", equalTo(1));
    given().auth().oauth2(KeycloakTokens.dfeAnalyst()).when().get("/v1/reference-data/population?collectionYear=2024&la=201")
        .then().statusCode(200).body("[0].population0to17", equalTo((int) value));
  }

  @Test
  void rejectsAPopulationUploadWithAnyBadRowAndStoresNothing() {
    long value = unique(10_000, 20_000);
    given().auth().oauth2(KeycloakTokens.dataSteward()).contentType(ContentType.JSON)
        .body("""
            {"collectionYear": 2023, "source": "test",
             "values": [{"laCode": "203", "population0to17": %d}, {"laCode": "999", "population0to17": 5},
                        {"laCode": "E09000004", "population0to17": -3}, {"laCode": "203", "population0to17": 7}]}
            """.formatted(value))
        .when().post("/v1/reference-data/population")
        .then().statusCode(400).contentType("application/problem+json")
        .body("errors.path", org.hamcrest.Matchers.contains("/values/1/laCode", "/values/2/population0to17", "/values/3/laCode"))
        .body("errors.rule", org.hamcrest.Matchers.contains("UnknownArea", "Positive", "DuplicateArea"));
    given().auth().oauth2(KeycloakTokens.dataSteward()).when().get("/v1/reference-data/population?collectionYear=2023&la=203")
        .then().statusCode(200).body("population0to17", org.hamcrest.Matchers.not(hasItem((int) value)));
    given().auth().oauth2(KeycloakTokens.forLa("301")).contentType(ContentType.JSON).body("{}")
        .when().post("/v1/reference-data/population").then().statusCode(403);
  }
}
