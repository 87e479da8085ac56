package uk.gov.safeguarding.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.safeguarding.indicator.MeasuresProducer.randomYear;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.IndicatorYear;
import uk.gov.safeguarding.events.IndicatorsChanged;
import uk.gov.safeguarding.events.IndicatorsChanged.Kind;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.events.MeasuresComputed;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * The flow over the real broker and database: measure events produced to
 * test.safeguarding.measures.v1 with a plain Kafka producer ({@link MeasuresProducer}) become indicator values readable over
 * REST and IndicatorsChanged events on test.safeguarding.indicator-changes.v1 (a snapshot, then changes). Each test uses its
 * own random collection year, so reruns and other services' test events never interfere.
 */
@QuarkusTest
class IndicatorFlowTest {
  private static MeasuresProducer producer;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Inject EntityManager em;

  @BeforeAll
  static void producer() {
    producer = MeasuresProducer.open();
  }

  @AfterAll
  static void close() {
    producer.close();
  }

  private static MeasuresComputed event(MeasureSource source, String gss, String old, int year, int version, Map<String, BigDecimal> counts) {
    return MeasuresProducer.event(source, gss, old, year, "test-" + UUID.randomUUID(), version, counts);
  }

  private static MeasuresComputed cin(String gss, String old, int year, int version, long referrals) {
    return event(MeasureSource.CIN_CENSUS, gss, old, year, version, Map.of("REFERRALS", BigDecimal.valueOf(referrals)));
  }

  private static MeasuresComputed population(String gss, String old, int year, long children) {
    return population(gss, old, year, 1, children);
  }

  private static MeasuresComputed population(String gss, String old, int year, int version, long children) {
    return event(MeasureSource.POPULATION, gss, old, year, version, Map.of("POPULATION_0_17", BigDecimal.valueOf(children)));
  }

  private static void send(MeasuresComputed e) throws Exception {
    producer.send(e);
  }

  private JsonPath referralRate(String area, int year, String token) {
    return given().auth().oauth2(token)
        .queryParam("area", area).queryParam("period", String.valueOf(year))
        .when().get("/v1/indicators/referral-rate/values")
        .then().statusCode(200).extract().jsonPath();
  }

  private boolean hasReferralRate(String area, int year, double expected) {
    var response = given().auth().oauth2(KeycloakTokens.dfeAnalyst())
        .queryParam("area", area).queryParam("period", String.valueOf(year))
        .get("/v1/indicators/referral-rate/values");
    if (response.statusCode() != 200) {
      return false;
    }
    List<Float> values = response.jsonPath().getList("values.value", Float.class);
    return values.size() == 1 && Math.abs(values.get(0) - expected) < 1e-3;
  }

  @Test
  void measuresOverKafkaBecomeReferralRatesWithIntervalsAndOneSnapshotEvent() throws Exception {
    int year = randomYear();
    try (KafkaConsumer<String, String> snapshots = snapshotConsumer()) {
      send(cin("E09000002", "301", year, 1, 2200));
      send(population("E09000002", "301", year, 60_000));
      send(cin("E09000003", "302", year, 1, 3000));
      send(population("E09000003", "302", year, 95_000));

      await().atMost(Duration.ofSeconds(30)).until(() -> hasReferralRate("E09000003", year, 3000 / 95_000.0 * 10_000));
      JsonPath la = referralRate("301", year, KeycloakTokens.dfeAnalyst());
      assertThat(la.getString("period")).isEqualTo((year - 1) + "-" + String.format("%02d", year % 100));
      assertThat(la.getDouble("values[0].value")).isCloseTo(366.667, org.assertj.core.data.Offset.offset(1e-3));
      assertThat(la.getDouble("values[0].numerator")).isEqualTo(2200.0);
      assertThat(la.getDouble("values[0].denominator")).isEqualTo(60000.0);
      assertThat(la.getDouble("values[0].lower95")).isLessThan(366.667);
      assertThat(la.getDouble("values[0].upper95")).isGreaterThan(366.667);
      assertThat(la.getDouble("values[0].lower998")).isLessThan(la.getDouble("values[0].lower95"));
      // England from summed counts: 5200 / 155,000
      assertThat(la.getDouble("values[0].benchmarkValue")).isCloseTo(5200 / 155_000.0 * 10_000, org.assertj.core.data.Offset.offset(1e-3));
      assertThat(la.getString("values[0].comparison95")).isEqualTo("HIGHER");

      IndicatorYear snapshot = awaitYear(snapshots, year, 2);
      assertThat(snapshot.definitions()).extracting(d -> d.id()).contains("referral-rate", "sw-vacancy-rate");
      // each definition names the framework's national item it measures, null beyond the framework
      assertThat(snapshot.definitions()).filteredOn(d -> d.id().equals("sw-vacancy-rate")).singleElement()
          .satisfies(d -> assertThat(d.frameworkItem()).isEqualTo("N23"));
      assertThat(snapshot.definitions()).filteredOn(d -> d.id().equals("referral-rate")).singleElement()
          .satisfies(d -> assertThat(d.frameworkItem()).isNull());
      assertThat(snapshot.values()).filteredOn(v -> v.indicatorId().equals("referral-rate") && v.areaCode().equals("E09000002"))
          .singleElement()
          .satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("366.7");
            assertThat(v.period()).isEqualTo(la.getString("period"));
            assertThat(v.comparedWithEngland()).isEqualTo("HIGHER");
          });
      assertThat(snapshot.values()).anyMatch(v -> v.indicatorId().equals("referral-rate") && v.areaLevel().equals("ENGLAND")
          && v.value().compareTo(new BigDecimal("335.5")) == 0);
    }
  }

  @Test
  void replayedAndOlderEventsDoNotChangeTheValues() throws Exception {
    int year = randomYear();
    MeasuresComputed v2 = cin("E06000001", "805", year, 2, 1300);
    send(population("E06000001", "805", year, 20_000));
    send(v2);
    await().atMost(Duration.ofSeconds(30)).until(() -> hasReferralRate("E06000001", year, 650.0));
    // the same event again, and a late older version of the return
    send(v2);
    send(cin("E06000001", "805", year, 1, 9999));
    // a marker event after them on the same partition (same key): once it is applied, the earlier ones were consumed
    send(population("E06000001", "805", year, 2, 26_000));
    await().atMost(Duration.ofSeconds(30)).until(() -> hasReferralRate("E06000001", year, 500.0));
    assertThat(storedReferrals("E06000001", year)).isEqualTo(1300);
  }

  @Test
  void aLaterRevisionOfTheSameReturnVersionReplacesItsCountsAndAnEarlierRevisionDoesNot() throws Exception {
    int year = randomYear();
    MeasuresComputed v1 = cin("E06000002", "806", year, 1, 1000);
    send(population("E06000002", "806", year, 20_000));
    send(v1);
    await().atMost(Duration.ofSeconds(30)).until(() -> hasReferralRate("E06000002", year, 500.0));
    // derived again from the same return version (its history changed): revision 2, then a late revision 1
    send(revision(v1, 2, 1200));
    send(revision(v1, 1, 9999));
    send(population("E06000002", "806", year, 2, 30_000));
    await().atMost(Duration.ofSeconds(30)).until(() -> hasReferralRate("E06000002", year, 400.0));
    assertThat(storedReferrals("E06000002", year)).isEqualTo(1200);
  }

  /** The same return version's measures derived again, with another referral count. */
  private static MeasuresComputed revision(MeasuresComputed e, int revision, long referrals) {
    return new MeasuresComputed(e.schemaVersion(), UUID.randomUUID(), java.time.Instant.now(), e.source(), e.laCode(), e.oldLaCode(), e.collectionYear(),
        e.sourceId(), e.sourceVersion(), revision, e.contentHash(), Map.of("REFERRALS", BigDecimal.valueOf(referrals)), Map.of());
  }

  @Test
  void anLaTokenReadsItsOwnLaAndAggregatesButNoOtherLa() throws Exception {
    int year = randomYear();
    send(cin("E09000002", "301", year, 1, 2200));
    send(population("E09000002", "301", year, 60_000));
    send(cin("E09000003", "302", year, 1, 3000));
    send(population("E09000003", "302", year, 95_000));
    await().atMost(Duration.ofSeconds(30)).until(() -> hasReferralRate("E09000003", year, 3000 / 95_000.0 * 10_000));
    List<String> areas = given().auth().oauth2(KeycloakTokens.forLa("301")).queryParam("period", String.valueOf(year))
        .get("/v1/indicators/referral-rate/values").then().statusCode(200).extract().jsonPath().getList("values.areaCode");
    assertThat(areas).contains("E09000002", "E12000007", "E92000001").doesNotContain("E09000003");
    given().auth().oauth2(KeycloakTokens.forLa("301")).queryParam("period", String.valueOf(year)).queryParam("area", "302")
        .get("/v1/indicators/referral-rate/values").then().statusCode(403).contentType("application/problem+json");
    given().queryParam("period", String.valueOf(year)).get("/v1/indicators/referral-rate/values")
        .then().statusCode(401).contentType("application/problem+json");
    given().auth().oauth2(KeycloakTokens.forLa("301")).get("/v1/areas/301/profile?period=" + year)
        .then().statusCode(200).body("themes.size()", org.hamcrest.Matchers.is(5));
  }

  @Test
  void theExpectedValueModelFitsLasOnFreeSchoolMealsAndFlagsOutliers() throws Exception {
    int year = randomYear();
    String[][] las = {{"E09000002", "301"}, {"E09000003", "302"}, {"E09000004", "303"}, {"E09000005", "304"},
        {"E09000006", "305"}, {"E09000007", "202"}, {"E06000001", "805"}, {"E06000002", "806"}};
    long[] referrals = {2200, 3000, 1500, 2800, 2400, 900, 1300, 2600};
    for (int i = 0; i < las.length; i++) {
      send(cin(las[i][0], las[i][1], year, 1, referrals[i]));
      send(population(las[i][0], las[i][1], year, 60_000));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> hasReferralRate("E06000002", year, 2600 / 6.0));
    JsonPath model = given().auth().oauth2(KeycloakTokens.dfeAnalyst()).queryParam("period", String.valueOf(year))
        .get("/v1/indicators/referral-rate/model").then().statusCode(200).extract().jsonPath();
    assertThat(model.getInt("fit.observations")).isEqualTo(8);
    assertThat(model.getList("fit.variables")).containsExactly("primary_fsm_percent", "secondary_fsm_percent");
    assertThat(model.getList("las")).hasSize(8);
    assertThat(model.getList("las.expected.funnelSignificance", String.class)).allMatch(s -> s.startsWith("HIGH") || s.startsWith("LOW") || s.equals("NOT_SIGNIFICANT"));
    // expected counts sum to the observed total when the fit has an intercept and equal denominators
    double expected = model.getList("las.expected.expectedCount", Double.class).stream().mapToDouble(Double::doubleValue).sum();
    assertThat(expected).isCloseTo(java.util.Arrays.stream(referrals).sum(), org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void catalogueAndNeighboursArePublicAndErrorsAreProblems() {
    given().get("/v1/indicators").then().statusCode(200).body("indicators.id", org.hamcrest.Matchers.hasItem("referral-rate"));
    given().get("/v1/indicators/referral-rate").then().statusCode(200).body("multiplier", org.hamcrest.Matchers.is(10000.0f));
    given().get("/v1/indicators/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    given().get("/v1/areas/942/neighbours").then().statusCode(200).body("neighbours.size()", org.hamcrest.Matchers.greaterThan(0));
    given().auth().oauth2(KeycloakTokens.dfeAnalyst()).queryParam("period", "2024/25")
        .get("/v1/indicators/referral-rate/values").then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].path", org.hamcrest.Matchers.is("period")).body("errors[0].rule", org.hamcrest.Matchers.is("PeriodFormat"));
    given().auth().oauth2(KeycloakTokens.dfeAnalyst()).queryParam("benchmark", "galaxy")
        .get("/v1/indicators/referral-rate/values").then().statusCode(400)
        .body("errors[0].rule", org.hamcrest.Matchers.is("BenchmarkValue"));
  }

  @Transactional
  long storedReferrals(String la, int year) {
    String counts = (String) em.createNativeQuery("select counts from measure_set where la_code = ?1 and collection_year = ?2 and source = 'CIN_CENSUS'")
        .setParameter(1, la).setParameter(2, year).getSingleResult();
    return EventJson.read(counts, com.fasterxml.jackson.databind.JsonNode.class).get("REFERRALS").asLong();
  }

  private KafkaConsumer<String, String> snapshotConsumer() {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    p.put("key.deserializer", StringDeserializer.class.getName());
    p.put("value.deserializer", StringDeserializer.class.getName());
    p.put("max.partition.fetch.bytes", "20971520");
    p.put("fetch.max.bytes", "20971520");
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
    String topic = "test." + Topics.INDICATOR_CHANGES;
    List<TopicPartition> partitions = new ArrayList<>();
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      var infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
      partitions.clear();
      if (infos != null) {
        infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
      }
      return !partitions.isEmpty();
    });
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    return consumer;
  }

  /**
   * Follows the year's IndicatorsChanged events from its first (a snapshot, as the year is new)
   * through the changes, each applying to the content the one before it left, until the content
   * has referral-rate values for the given number of LAs; returns that content.
   */
  private IndicatorYear awaitYear(KafkaConsumer<String, String> consumer, int year, int las) {
    List<IndicatorsChanged> seen = new ArrayList<>();
    IndicatorYear[] content = {IndicatorYear.empty(year)};
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
        if (r.key().equals(String.valueOf(year))) {
          IndicatorsChanged event = EventJson.read(r.value(), IndicatorsChanged.class);
          assertThat(event.schemaVersion()).isEqualTo(IndicatorsChanged.SCHEMA_VERSION);
          assertThat(event.kind()).as("event %d of the year", seen.size() + 1).isEqualTo(seen.isEmpty() ? Kind.SNAPSHOT : Kind.CHANGES);
          content[0] = content[0].apply(event);
          assertThat(content[0].contentHash()).as("what the event says the content is").isEqualTo(event.contentHash());
          seen.add(event);
        }
      }
      return content[0].values().stream().filter(v -> v.indicatorId().equals("referral-rate") && v.areaLevel().equals("LA")).count() == las;
    });
    return content[0];
  }
}
