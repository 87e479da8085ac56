package uk.gov.safeguarding.ingestion.sourcedata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
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
 * Source-data uploads over real PostgreSQL, Kafka and Keycloak: a data steward's CSV of counts is
 * stored as a version with its provenance and reported as one MeasuresComputed event per changed
 * LA; an upload with any error answers problem+json with every path and rule and stores nothing.
 */
@QuarkusTest
class SourceDataFlowTest extends MeasuresTopicFlow {
  static final String HOSPITAL = "hospital-admissions-injuries-0-17";

  static RequestSpecification steward() {
    return given().auth().oauth2(KeycloakTokens.dataSteward()).contentType("text/csv")
        .queryParam("source", "NHS England, Hospital Episode Statistics (synthetic test values)")
        .queryParam("release", "test release")
        .queryParam("licence", "Open Government Licence v3.0")
        .queryParam("url", "https://digital.nhs.uk/data-and-information/publications/statistical/hospital-admitted-patient-care-activity");
  }

  static int versionsOf(String dataset, String period) {
    List<Integer> versions = given().auth().oauth2(KeycloakTokens.dfeAnalyst()).when().get("/v1/source-data")
        .then().statusCode(200).extract().path("find { it.id == '" + dataset + "' }.versions.findAll { it.period == '" + period + "' }.version");
    return versions.size();
  }

  @Test
  void storesAnUploadWithItsProvenanceAndEmitsOneAggregateEventPerArea() {
    int camden = unique(100, 900);
    int kent = unique(1000, 5000);
    String csv = "areaCode,numerator,denominator\n202," + camden + ",45000\nE10000016," + kent + ",330000\n";
    String uploadId =
        steward().body(csv).when().put("/v1/source-data/" + HOSPITAL + "/2023-24")
            .then().statusCode(201).body("created", equalTo(true)).body("collectionYear", equalTo(2024))
            .body("changed", equalTo(2)).body("unchanged", equalTo(0))
            .extract().path("uploadId");

    // the same file again is the same version: nothing stored, nothing emitted
    steward().body(csv).when().put("/v1/source-data/" + HOSPITAL + "/2023-24")
        .then().statusCode(200).body("created", equalTo(false)).body("uploadId", equalTo(uploadId));

    List<ConsumerRecord<String, String>> records = topic.await(e -> uploadId.equals(e.sourceId()), 2);
    assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("E09000007", "E10000016");
    for (ConsumerRecord<String, String> r : records) {
      MeasuresComputed e = EventJson.read(r.value(), MeasuresComputed.class);
      assertThat(e.source()).isEqualTo(MeasureSource.HOSPITAL_ADMISSIONS_INJURIES);
      assertThat(e.collectionYear()).isEqualTo(2024);
      assertThat(e.counts()).containsOnlyKeys(MeasureCodes.INJURY_ADMISSIONS_0_17, MeasureCodes.INJURY_ADMISSIONS_POPULATION_0_17);
      assertThat(e.counts().get(MeasureCodes.INJURY_ADMISSIONS_0_17).intValueExact()).isEqualTo(e.laCode().equals("E09000007") ? camden : kent);
      assertThat(e.distributions()).isEmpty();
      MeasuresTopic.assertNoChildLevelFields(r.value());
    }

    given().auth().oauth2(KeycloakTokens.forLa("201")).when().get("/v1/source-data/" + HOSPITAL + "/2023-24")
        .then().statusCode(200)
        .body("version.uploadId", equalTo(uploadId))
        .body("version.provenance.licence", equalTo("Open Government Licence v3.0"))
        .body("values.find { it.laCode == '202' }.numerator", equalTo(camden))
        .body("values.find { it.laCode == '202' }.laGssCode", equalTo("E09000007"))
        .body("values.find { it.laCode == '886' }.denominator", equalTo(330000));
    given().auth().oauth2(KeycloakTokens.dfeAnalyst()).when().get("/v1/source-data")
        .then().statusCode(200)
        .body("find { it.id == '" + HOSPITAL + "' }.versions.uploadId", hasItem(uploadId))
        .body("find { it.id == '" + HOSPITAL + "' }.denominatorCode", equalTo(MeasureCodes.INJURY_ADMISSIONS_POPULATION_0_17))
        .body("id", hasItem("npd-cin-persistent-absence"));

    given().auth().oauth2(KeycloakTokens.admin()).queryParam("subjectType", "source-data-upload").queryParam("subjectId", uploadId)
        .when().get("/v1/audit")
        .then().statusCode(200).body("total", equalTo(1)).body("items[0].action", equalTo("REFERENCE_DATA_CHANGED"));
  }

  @Test
  void aChangedUploadIsANewVersionThatReportsOnlyTheAreasWhoseCountsChanged() {
    String period = "2022-23";
    int first = unique(10, 500);
    steward().body("areaCode,numerator,denominator\n301," + first + ",60000\n302,77,90000\n")
        .when().put("/v1/source-data/cafcass-care-applications/" + period).then().statusCode(201);
    int second = first + 1;
    String uploadId =
        steward().body("areaCode,numerator,denominator\n301," + second + ",60000\n302,77,90000\n")
            .when().put("/v1/source-data/cafcass-care-applications/" + period)
            .then().statusCode(201).body("changed", equalTo(1)).body("unchanged", equalTo(1))
            .extract().path("uploadId");

    List<ConsumerRecord<String, String>> records = topic.await(e -> uploadId.equals(e.sourceId()), 1);
    assertThat(records).hasSize(1);
    MeasuresComputed e = EventJson.read(records.get(0).value(), MeasuresComputed.class);
    assertThat(e.oldLaCode()).isEqualTo("301");
    assertThat(e.source()).isEqualTo(MeasureSource.CAFCASS_CARE_APPLICATIONS);
    assertThat(e.counts().get(MeasureCodes.CARE_APPLICATIONS).intValueExact()).isEqualTo(second);
    int areaVersion = given().auth().oauth2(KeycloakTokens.dfeAnalyst()).when().get("/v1/source-data/cafcass-care-applications/" + period)
        .then().statusCode(200).extract().path("values.find { it.laCode == '301' }.areaVersion");
    assertThat(e.sourceVersion()).isEqualTo(areaVersion);
  }

  @Test
  void rejectsAnUploadWithAnyBadCellListingEveryErrorAndStoresNothing() {
    String dataset = "free-school-meals-primary";
    int before = versionsOf(dataset, "2021-22");
    steward()
        .body("""
            areaCode,numerator,denominator
            201,100,1000
            999,5,10
            E09000002,-3,1000
            201,7,70
            303,ten,1000
            304,1200,1000
            305,12.5,1000
            306,5,0
            """)
        .when().put("/v1/source-data/" + dataset + "/2021-22")
        .then().statusCode(400).contentType("application/problem+json")
        .body("errors.path", contains("csv/line/3/areaCode", "csv/line/4/numerator", "csv/line/5/areaCode", "csv/line/6/numerator",
            "csv/line/7/numerator", "csv/line/8/numerator", "csv/line/9/denominator"))
        .body("errors.rule", contains("UnknownArea", "NonNegative", "DuplicateArea", "InvalidNumber", "NumeratorExceedsDenominator",
            "WholeNumber", "Positive"));
    assertThat(versionsOf(dataset, "2021-22")).isEqualTo(before);
  }

  @Test
  void rejectsABadPeriodMissingProvenanceAndRatesInsteadOfCounts() {
    given().auth().oauth2(KeycloakTokens.dataSteward()).contentType("text/csv").queryParam("url", "ftp://example.org/x")
        .body("areaCode,numerator,denominator,rate\n201,1,100,100.0\n")
        .when().put("/v1/source-data/" + HOSPITAL + "/2024-26")
        .then().statusCode(400).contentType("application/problem+json")
        .body("errors.path", contains("period", "source", "release", "licence", "url", "csv/header/rate"))
        .body("errors.rule", contains("InvalidPeriod", "Required", "Required", "Required", "InvalidUrl", "UnknownColumn"));
    steward().body("areaCode,numerator\n201,5\n").when().put("/v1/source-data/" + HOSPITAL + "/2024-25")
        .then().statusCode(400).body("errors[0].path", equalTo("csv/header/denominator")).body("errors[0].rule", equalTo("MissingColumn"));
    steward().body("areaCode,numerator,denominator\n201,5,10\n").when().put("/v1/source-data/" + HOSPITAL + "/1999-00")
        .then().statusCode(400).body("errors[0].rule", equalTo("PeriodOutOfRange"));
    steward().body("areaCode,numerator,denominator\n201,5,10\n").when().put("/v1/source-data/knife-crime/2024-25")
        .then().statusCode(404).contentType("application/problem+json").body("errors[0].rule", equalTo("UnknownDataset"));
  }

  @Test
  void onlyADataStewardUploadsAndEveryRoleReads() {
    String csv = "areaCode,numerator,denominator\n201,1,100\n";
    given().auth().oauth2(KeycloakTokens.forLa("201")).contentType("text/csv").body(csv)
        .when().put("/v1/source-data/" + HOSPITAL + "/2024-25").then().statusCode(403);
    given().auth().oauth2(KeycloakTokens.dfeAnalyst()).contentType("text/csv").body(csv)
        .when().put("/v1/source-data/" + HOSPITAL + "/2024-25").then().statusCode(403);
    given().contentType("text/csv").body(csv).when().put("/v1/source-data/" + HOSPITAL + "/2024-25").then().statusCode(401);
    given().when().get("/v1/source-data").then().statusCode(401);
    given().auth().oauth2(KeycloakTokens.forLa("201")).when().get("/v1/source-data").then().statusCode(200);
  }

  @Test
  void populationUploadedHereIsThePopulationOfTheReferenceDataEndpointWithOneVersionSequence() {
    int first = unique(20_000, 30_000);
    String uploadId =
        steward().body("areaCode,numerator\n204," + first + "\n")
            .when().put("/v1/source-data/ons-population-0-17/2021")
            .then().statusCode(201).body("collectionYear", equalTo(2022)).extract().path("uploadId");
    MeasuresComputed e1 = EventJson.read(topic.await(e -> uploadId.equals(e.sourceId()), 1).get(0).value(), MeasuresComputed.class);
    assertThat(e1.source()).isEqualTo(MeasureSource.POPULATION);
    assertThat(e1.counts()).containsOnlyKeys(MeasureCodes.POPULATION_0_17);
    assertThat(e1.counts().get(MeasureCodes.POPULATION_0_17).intValueExact()).isEqualTo(first);

    given().auth().oauth2(KeycloakTokens.dfeAnalyst()).when().get("/v1/reference-data/population?collectionYear=2022&la=204")
        .then().statusCode(200).body("[0].population0to17", equalTo(first)).body("[0].version", equalTo(e1.sourceVersion()));

    // the original endpoint continues the same LA's version sequence
    String second =
        given().auth().oauth2(KeycloakTokens.dataSteward()).contentType("application/json")
            .body("{\"collectionYear\": 2022, \"source\": \"test\", \"values\": [{\"laCode\": \"204\", \"population0to17\": " + (first + 1) + "}]}")
            .when().post("/v1/reference-data/population").then().statusCode(201).extract().path("uploadId");
    MeasuresComputed e2 = EventJson.read(topic.await(e -> second.equals(e.sourceId()), 1).get(0).value(), MeasuresComputed.class);
    assertThat(e2.sourceVersion()).isEqualTo(e1.sourceVersion() + 1);

    steward().body("areaCode,numerator,denominator\n204,5,10\n").when().put("/v1/source-data/ons-population-0-17/2021-22")
        .then().statusCode(400).body("errors.rule", contains("InvalidPeriod", "NoDenominator"));
  }
}
