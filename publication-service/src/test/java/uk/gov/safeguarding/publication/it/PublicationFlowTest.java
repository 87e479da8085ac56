package uk.gov.safeguarding.publication.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.DataSetReleased;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.IndicatorDefinition;
import uk.gov.safeguarding.events.IndicatorValue;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.events.IndicatorsChanged;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.events.LocalMeasuresPublished;
import uk.gov.safeguarding.reference.period.CollectionYear;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * The publication workflow over the real broker, database and Keycloak: a year's indicator snapshot
 * (then its changes) on test.safeguarding.indicator-changes.v1 becomes a Draft of computed-indicators (apart from the
 * imported DfE history) that only a publisher can see; publishing makes the CSV public (with
 * ETag/304) and sends DataSetReleased to test.safeguarding.releases.v1.
 */
@QuarkusTest
class PublicationFlowTest {
  static final String INDICATORS_TOPIC = "test." + Topics.INDICATOR_CHANGES;
  static final String EVIDENCE_TOPIC = "test.safeguarding.evidence.v1";
  static final String RELEASES_TOPIC = "test.safeguarding.releases.v1";
  static final String DS = "computed-indicators";
  static final String HISTORY = "safeguarding-indicators";
  static final String KEY = "publication-flow-test";

  static final IndicatorDefinition REFERRAL_RATE = new IndicatorDefinition("referral-rate", "Referrals per 10,000 children", "activity", "rate per 10,000 children aged 0-17", 1, "NO_JUDGEMENT", "CIN census");
  static final IndicatorDefinition LAC_AND_CPP = new IndicatorDefinition("looked-after-and-cpp", "Children looked after and on a plan", "plans", "count", 0, "NO_JUDGEMENT", "CIN census");

  /** A collection year no earlier run published or drafted, so every run adds a new period. */
  static int uniqueYear() {
    java.util.Set<String> used = new java.util.HashSet<>(given().get("/v1/data-sets/{id}/meta", HISTORY).then().statusCode(200).extract().jsonPath().getList("timePeriods", String.class));
    Response computed = given().get("/v1/data-sets/{id}/meta", DS);
    if (computed.statusCode() == 200) {
      used.addAll(computed.jsonPath().getList("timePeriods", String.class));
    }
    Map<String, Object> d = draft();
    String draftCsv = d == null ? "" : draftCsv(d);
    java.util.Random random = new java.util.Random();
    while (true) {
      int year = 2100 + random.nextInt(7800);
      if (!used.contains(label(year)) && !used.contains(label(year + 1)) && !draftCsv.contains(label(year)) && !draftCsv.contains(label(year + 1))) {
        return year;
      }
    }
  }

  static String label(int year) {
    return CollectionYear.of(year).label();
  }

  static IndicatorValue value(String indicator, String area, String old, String name, String level, String period, String num, String den, String value) {
    BigDecimal v = value == null ? null : new BigDecimal(value);
    return new IndicatorValue(indicator, area, old, name, level, period, num == null ? null : new BigDecimal(num), den == null ? null : new BigDecimal(den), v,
        v == null ? null : v.subtract(BigDecimal.ONE), v == null ? null : v.add(BigDecimal.ONE), v == null ? null : v.subtract(BigDecimal.valueOf(2)), v == null ? null : v.add(BigDecimal.valueOf(2)),
        "SIMILAR", "SIMILAR", "SIMILAR");
  }

  /** The year as a snapshot event. */
  static IndicatorsChanged snapshot(int year, String extra) {
    return content(year, extra).snapshot(UUID.randomUUID(), Instant.now());
  }

  /** A small year: referral rates for England, London and two LAs, counts for three LAs; {@code extra} non-empty changes Barking and Dagenham's rate. */
  static IndicatorYear content(int year, String extra) {
    String p = label(year);
    List<IndicatorValue> values = new ArrayList<>(List.of(
        value("referral-rate", "E92000001", null, "England", "ENGLAND", p, "612347", "12000004", "510.28916"),
        value("referral-rate", "E12000007", null, "London", "REGION", p, "80004", "2000000", "400.02"),
        value("referral-rate", "E09000002", "301", "Barking and Dagenham", "LA", p, "1234", "60000", extra.isEmpty() ? "205.6666" : "210.04"),
        value("referral-rate", "E09000003", "302", "Barnet", "LA", p, "3000", "90000", "333.3333"),
        value("looked-after-and-cpp", "E92000001", null, "England", "ENGLAND", p, null, null, "1234"),
        value("looked-after-and-cpp", "E09000002", "301", "Barking and Dagenham", "LA", p, null, null, "3"),
        value("looked-after-and-cpp", "E09000003", "302", "Barnet", "LA", p, null, null, "40"),
        value("looked-after-and-cpp", "E09000004", "303", "Bexley", "LA", p, null, null, "55")));
    return IndicatorYear.of(year, List.of(REFERRAL_RATE, LAC_AND_CPP), values);
  }

  static List<Map<String, Object>> versions(String token) {
    var req = given();
    if (token != null) {
      req = req.auth().oauth2(token);
    }
    return req.get("/v1/data-sets/{id}/versions", DS).then().statusCode(200).extract().jsonPath().getList("$");
  }

  static Map<String, Object> draft() {
    return versions(KeycloakTokens.publisher()).stream().filter(v -> "Draft".equals(v.get("status"))).findFirst().orElse(null);
  }

  private static final Map<String, Boolean> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();

  /** Waits (generously: the shared test topic may carry other runs' snapshots first) for a Draft whose CSV contains the period. */
  static Map<String, Object> awaitDraftWith(String dataSet, String... needles) {
    return await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(2)).until(() ->
        versions(KeycloakTokens.publisher(), dataSet).stream().filter(v -> "Draft".equals(v.get("status"))).findFirst().orElse(null),
        d -> d != null && CHECKED.computeIfAbsent(dataSet + d.get("contentHash") + String.join("|", needles), k -> {
          String csv = given().auth().oauth2(KeycloakTokens.publisher()).get("/v1/data-sets/{id}/versions/{v}/csv", dataSet, d.get("version")).then().statusCode(200).extract().asString();
          return Arrays.stream(needles).allMatch(csv::contains);
        }));
  }

  static String draftCsv(Map<String, Object> draft) {
    return given().auth().oauth2(KeycloakTokens.publisher()).get("/v1/data-sets/{id}/versions/{v}/csv", DS, draft.get("version")).then().statusCode(200).extract().asString();
  }

  static Map<String, String> csvRow(String csv, String indicator, String area, String period) {
    try {
      com.fasterxml.jackson.databind.MappingIterator<Map<String, String>> it = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
          .readerForMapOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).readValues(csv);
      for (Map<String, String> row : it.readAll()) {
        if (indicator.equals(row.get("indicator_id")) && area.equals(row.get("area_code")) && period.equals(row.get("time_period"))) {
          return row;
        }
      }
      return null;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aSnapshotBecomesADraftThatOnlyAPublisherSeesAndPublishingReleasesIt() throws Exception {
    int year = uniqueYear();
    String period = label(year);
    try (KafkaConsumer<String, String> releases = TestKafka.tail(RELEASES_TOPIC)) {
      TestKafka.send(INDICATORS_TOPIC, KEY, snapshot(year, ""));

      Map<String, Object> draft = awaitDraftWith(DS, "\n" + period + ",");
      String version = (String) draft.get("version");
      assertThat(draft).containsKeys("version", "status", "createdAt", "contentHash");

      // pre-release access: invisible and denied to the public and to non-publishers
      assertThat(versions(null)).noneMatch(v -> version.equals(v.get("version")));
      given().get("/v1/data-sets/{id}/versions/{v}/csv", DS, version).then().statusCode(401).contentType("application/problem+json");
      given().auth().oauth2(KeycloakTokens.dfeAnalyst()).get("/v1/data-sets/{id}/versions/{v}/csv", DS, version).then().statusCode(403);
      given().auth().oauth2(KeycloakTokens.dfeAnalyst()).post("/v1/data-sets/{id}/versions/{v}/publish", DS, version).then().statusCode(403).contentType("application/problem+json");

      // the draft's numbering follows the latest published version: a new period is a minor change (the first release is 1.0.0)
      List<Map<String, Object>> released = versions(null);
      if (released.isEmpty()) {
        assertThat(version).isEqualTo("1.0.0");
      } else {
        int[] l = Arrays.stream(((String) released.get(0).get("version")).split("\\.")).mapToInt(Integer::parseInt).toArray();
        assertThat(version).isEqualTo(l[0] + "." + (l[1] + 1) + ".0");
      }

      Response published = given().auth().oauth2(KeycloakTokens.publisher()).post("/v1/data-sets/{id}/versions/{v}/publish", DS, version);
      published.then().statusCode(200);
      assertThat(published.jsonPath().getString("status")).isEqualTo("Published");
      assertThat(published.jsonPath().getString("publishedAt")).isNotNull();

      // a published version cannot be published again
      given().auth().oauth2(KeycloakTokens.publisher()).post("/v1/data-sets/{id}/versions/{v}/publish", DS, version).then().statusCode(409);

      // anonymous download with disclosure control applied
      Response csv = given().get("/v1/data-sets/{id}/versions/{v}/csv", DS, version);
      csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
      String etag = csv.getHeader("ETag");
      assertThat(etag).isNotBlank();
      assertThat(csv.getHeader("Cache-Control")).contains("immutable");
      assertThat(csv.getHeader("Content-Disposition")).contains("computed-indicators-" + version + ".csv");
      String body = csv.asString();
      assertThat(body.split("\n")[0]).contains("time_period", "geographic_level", "area_code", "old_la_code", "area_name", "indicator_id", "value", "status", "numerator", "denominator", "lower_ci_95", "upper_ci_95");
      Map<String, String> barking = csvRow(body, "referral-rate", "E09000002", period);
      assertThat(barking).containsEntry("value", "205.7").containsEntry("geographic_level", "Local authority").containsEntry("old_la_code", "301").containsEntry("status", "")
          .containsEntry("data_source", "computed").containsEntry("compared_with_england", "SIMILAR");
      assertThat(csvRow(body, "referral-rate", "E92000001", period)).containsEntry("geographic_level", "National").containsEntry("value", "510.3").containsEntry("numerator", "612350");
      assertThat(csvRow(body, "referral-rate", "E12000007", period)).containsEntry("geographic_level", "Regional");
      assertThat(csvRow(body, "looked-after-and-cpp", "E09000002", period)).containsEntry("value", "c").containsEntry("status", "c");
      assertThat(csvRow(body, "looked-after-and-cpp", "E09000003", period)).as("secondary suppression in London").containsEntry("status", "c");
      assertThat(csvRow(body, "looked-after-and-cpp", "E92000001", period)).containsEntry("value", "1230");
      // the imported DfE history is not mixed in: it stays in its own data set
      assertThat(csvRow(body, "referral-rate", "E09000002", "2015-16")).isNull();
      assertThat(given().get("/v1/data-sets/{id}/meta", HISTORY).then().statusCode(200).extract().jsonPath().getList("timePeriods", String.class)).doesNotContain(period);

      given().header("If-None-Match", etag).get("/v1/data-sets/{id}/versions/{v}/csv", DS, version).then().statusCode(304);
      given().header("Accept-Encoding", "gzip").get("/v1/data-sets/{id}/versions/{v}/json", DS, version).then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue());

      // the query API sees the new version
      given().queryParam("indicators", "referral-rate").queryParam("areas", "301").queryParam("periods", period)
          .get("/v1/data-sets/{id}/query", DS).then().statusCode(200)
          .body("version", org.hamcrest.Matchers.equalTo(version))
          .body("paging.totalResults", org.hamcrest.Matchers.equalTo(1))
          .body("results[0].value", org.hamcrest.Matchers.equalTo(205.7f));

      List<String> seen = new CopyOnWriteArrayList<>();
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        seen.addAll(TestKafka.poll(releases));
        assertThat(seen.stream().map(s -> EventJson.read(s, DataSetReleased.class)))
            .anySatisfy(e -> {
              assertThat(e.dataSetId()).isEqualTo(DS);
              assertThat(e.version()).isEqualTo(version);
              assertThat(e.status()).isEqualTo("PUBLISHED");
              assertThat(e.csvUrl()).endsWith("/v1/data-sets/computed-indicators/versions/" + version + "/csv");
            });
      });
    }
  }

  @Test
  void changesToContentThisServiceNeverHeldAreSkippedAndCountedUntilTheYearsNextSnapshot() {
    int year = uniqueYear();
    String period = label(year);
    IndicatorYear neverSent = content(year, "");
    double unmatchedBefore = unmatched();

    TestKafka.send(INDICATORS_TOPIC, KEY, neverSent.changesTo(content(year, "9"), UUID.randomUUID(), Instant.now(), false));
    await().atMost(Duration.ofSeconds(60)).until(() -> unmatched() > unmatchedBefore);
    Map<String, Object> before = draft();
    assertThat(before == null ? "" : draftCsv(before)).as("nothing of the year is drafted from changes without their base").doesNotContain("\n" + period + ",");

    TestKafka.send(INDICATORS_TOPIC, KEY, snapshot(year, "9"));
    Map<String, Object> draft = awaitDraftWith(DS, "\n" + period + ",");
    assertThat(csvRow(draftCsv(draft), "referral-rate", "E09000002", period)).as("the snapshot's value").containsEntry("value", "210.0");
  }

  private static double unmatched() {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    var m = java.util.regex.Pattern.compile("(?m)^publication_indicators_unmatched_total(?:\\{[^}]*\\})? (\\S+)$").matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  @Test
  void redeliveredAndIdenticalSnapshotsCreateNothingAndACorrectionReplacesTheDraft() {
    int year = uniqueYear() + 1;
    String period = label(year);
    IndicatorsChanged first = snapshot(year, "");
    TestKafka.send(INDICATORS_TOPIC, KEY, first);
    Map<String, Object> draft = awaitDraftWith(DS, "\n" + period + ",");
    String hash = (String) draft.get("contentHash");

    // the same event again, then the same content under a new event id: both change nothing
    TestKafka.send(INDICATORS_TOPIC, KEY, first);
    IndicatorsChanged same = snapshot(year, "");
    TestKafka.send(INDICATORS_TOPIC, KEY, same);
    // then a correction for the same year as only what changed (same key, so it is consumed after them)
    TestKafka.send(INDICATORS_TOPIC, KEY, content(year, "").changesTo(content(year, "9"), UUID.randomUUID(), Instant.now(), false));

    Map<String, Object> corrected = await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(2))
        .until(PublicationFlowTest::draft, d -> d != null && !hash.equals(d.get("contentHash")));
    assertThat(corrected.get("version")).as("a draft is replaced, not added").isEqualTo(draft.get("version"));
    assertThat(versions(KeycloakTokens.publisher()).stream().filter(v -> "Draft".equals(v.get("status")))).hasSize(1);
    List<Map<String, Object>> changes = given().auth().oauth2(KeycloakTokens.publisher())
        .get("/v1/data-sets/{id}/versions/{v}/changes?pageSize=1000", DS, corrected.get("version")).then().statusCode(200)
        .body("bump", org.hamcrest.Matchers.equalTo("minor"))
        .extract().jsonPath().getList("changes");
    assertThat(changes).anySatisfy(c -> {
      assertThat(c.get("id")).isEqualTo("referral-rate|E09000002|" + period);
      assertThat(c.get("kind")).isEqualTo("added");
      assertThat(((Map<?, ?>) c.get("after")).get("value")).isEqualTo(210.0f);
    });
  }

  @Test
  void localMeasuresArePublishedWithSmallNumbersSuppressedAndCanBeWithdrawn() {
    String period = label(uniqueYear());
    String measure = "feel-safe-" + UUID.randomUUID().toString().substring(0, 8);
    var measures = List.of(new LocalMeasuresPublished.LocalMeasure(measure, "Children who feel safe at home", "q1", "outcomes", "survey", new BigDecimal("45"), new BigDecimal("60"), "percent"));
    var small = List.of(new LocalMeasuresPublished.LocalMeasure(measure, "Children who feel safe at home", "q1", "outcomes", "survey", new BigDecimal("3"), new BigDecimal("4"), "percent"));
    var smaller = List.of(new LocalMeasuresPublished.LocalMeasure(measure, "Children who feel safe at home", "q1", "outcomes", "survey", new BigDecimal("40"), new BigDecimal("60"), "percent"));
    TestKafka.send(EVIDENCE_TOPIC, "E09000002", new LocalMeasuresPublished(1, UUID.randomUUID(), Instant.now(), "E09000002", "301", period, 1, measures));
    TestKafka.send(EVIDENCE_TOPIC, "E09000003", new LocalMeasuresPublished(1, UUID.randomUUID(), Instant.now(), "E09000003", "302", period, 1, small));
    TestKafka.send(EVIDENCE_TOPIC, "E09000004", new LocalMeasuresPublished(1, UUID.randomUUID(), Instant.now(), "E09000004", "303", period, 1, smaller));

    // all three LAs' rows (each event rebuilds the draft from the latest submissions)
    Map<String, Object> draft = awaitDraftWith("local-measures", "E09000002," + "301", "E09000003,302", "E09000004,303", measure);
    await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(2)).until(() -> {
      var d = versions(KeycloakTokens.publisher(), "local-measures").stream().filter(v -> "Draft".equals(v.get("status"))).findFirst().orElseThrow();
      String csv = given().auth().oauth2(KeycloakTokens.publisher()).get("/v1/data-sets/local-measures/versions/{v}/csv", d.get("version")).asString();
      return csvRow(csv, measure, "E09000002", period) != null && csvRow(csv, measure, "E09000003", period) != null && csvRow(csv, measure, "E09000004", period) != null;
    });
    draft = versions(KeycloakTokens.publisher(), "local-measures").stream().filter(v -> "Draft".equals(v.get("status"))).findFirst().orElseThrow();
    String version = (String) draft.get("version");
    given().auth().oauth2(KeycloakTokens.publisher()).contentType("application/json").body(Map.of("notice", "Local measures " + period))
        .post("/v1/data-sets/local-measures/versions/{v}/publish", version).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("Published"));
    String csv = given().get("/v1/data-sets/local-measures/versions/{v}/csv", version).then().statusCode(200).extract().asString();
    assertThat(csvRow(csv, measure, "E09000002", period)).containsEntry("value", "75.0");
    assertThat(csvRow(csv, measure, "E09000003", period)).containsEntry("status", "c");
    assertThat(csvRow(csv, measure, "E09000004", period)).as("secondary: London's smallest other numerator").containsEntry("status", "c");

    given().auth().oauth2(KeycloakTokens.publisher()).contentType("application/json").body(Map.of())
        .post("/v1/data-sets/local-measures/versions/{v}/withdraw", version).then().statusCode(400).contentType("application/problem+json");
    given().auth().oauth2(KeycloakTokens.publisher()).contentType("application/json").body(Map.of("reason", "Test withdrawal"))
        .post("/v1/data-sets/local-measures/versions/{v}/withdraw", version).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("Withdrawn"));
    given().get("/v1/data-sets/local-measures/versions/{v}/csv", version).then().statusCode(410).contentType("application/problem+json");
  }

  static List<Map<String, Object>> versions(String token, String dataSet) {
    return given().auth().oauth2(token).get("/v1/data-sets/{id}/versions", dataSet).then().statusCode(200).extract().jsonPath().getList("$");
  }
}
