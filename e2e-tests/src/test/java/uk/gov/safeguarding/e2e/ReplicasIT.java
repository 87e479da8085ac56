package uk.gov.safeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * The stack as deployed: two or more replicas of every service on one broker and one database
 * (deploy/local/test starts them). Returns pushed to either ingestion replica are processed
 * once, every topic carries each event once, and every publication replica serves the same bytes.
 */
class ReplicasIT {
  static final String DATA_SET = "computed-indicators";
  static final int COLLECTION_YEAR = 2025;
  static final String PERIOD = "2024-25";
  static final ObjectMapper JSON = new ObjectMapper();

  /** South West LAs: no other end-to-end test pushes data for them. */
  final List<LocalAuthority> las = List.of("800", "801", "802", "803").stream()
      .map(code -> AreaRegistry.standard().byOldCode(code).orElseThrow()).toList();

  @Test
  void returnsPushedToEitherReplicaAreProcessedOnceAndEveryReplicaServesTheSameRelease() throws Exception {
    List<String> ingestion = Stack.replicas(Stack.INGESTION);
    List<String> publication = Stack.replicas(Stack.PUBLICATION);
    assertThat(ingestion).as("replicas of each service (SERVICE_REPLICAS, set by deploy/local/test)").hasSizeGreaterThanOrEqualTo(2);

    Map<String, BigDecimal> expectedRates = new LinkedHashMap<>();
    List<String> returnIds = new ArrayList<>();
    for (int i = 0; i < las.size(); i++) {
      LocalAuthority la = las.get(i);
      int population = ThreadLocalRandom.current().nextInt(20_000, 30_000);
      int referrals = ThreadLocalRandom.current().nextInt(30, 60);
      expectedRates.put(la.gssCode(), BigDecimal.valueOf(referrals * 10_000L).divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP));
      Populations.upload(ingestion.get(i % ingestion.size()), la, COLLECTION_YEAR, population);
      Response pushed = given().auth().oauth2(KeycloakTokens.forLa(la.oldCode())).contentType("application/xml")
          .body(CinReturnFixture.referralsOnly(la.oldCode(), COLLECTION_YEAR, referrals))
          .post(ingestion.get((i + 1) % ingestion.size()) + "/v1/returns/cin");
      assertThat(pushed.statusCode()).as("push of LA %s: %s", la.oldCode(), pushed.asString()).isIn(200, 201);
      assertThat(pushed.jsonPath().getString("status")).isEqualTo("ACCEPTED");
      returnIds.add(pushed.jsonPath().getString("id"));
    }

    await("a draft holding the four LAs' new rates").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
        .until(() -> DataSetVersions.draftHolding(publication.get(0), DATA_SET, PERIOD, expectedRates), Optional::isPresent);
    await("every outbox relayed and the consumers idle").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
        .until(new Settled()::now);
    String draft = DataSetVersions.draftHolding(publication.get(0), DATA_SET, PERIOD, expectedRates).orElseThrow();

    byte[] firstDraft = DataSetVersions.csv(publication.get(0), DATA_SET, draft);
    byte[] firstFeed = feed(publication.get(0));
    assertThat(new String(firstFeed, java.nio.charset.StandardCharsets.UTF_8)).as("the feed's rows").contains(expectedRates.keySet());
    for (String replica : publication) {
      assertThat(DataSetVersions.csv(replica, DATA_SET, draft)).as("draft %s CSV from %s", draft, replica).isEqualTo(firstDraft);
      assertThat(feed(replica)).as("public feed CSV from %s", replica).isEqualTo(firstFeed);
    }
    assertThat(acceptedReturns(returnIds)).as("each return stored once, accepted").isEqualTo(returnIds.size());

    Map<String, List<ConsumerRecord<String, String>>> topics = TopicRecords.all();
    // the services' own topics (the module tests' "test." topics replay events on purpose)
    topics.entrySet().stream().filter(t -> t.getKey().startsWith("safeguarding."))
        .forEach(t -> assertThat(duplicates(t.getValue(), "eventId")).as("event ids repeated on %s", t.getKey()).isEmpty());
    List<JsonNode> measures = values(topics.get("safeguarding.measures.v1"));
    for (String id : returnIds) {
      assertThat(measures).as("measures events of return %s", id)
          .filteredOn(m -> id.equals(m.path("sourceId").asText()) && m.path("revision").asInt() == 0).hasSize(1);
    }
    List<ConsumerRecord<String, String>> indicatorEvents = topics.getOrDefault("safeguarding.indicator-changes.v1", List.of());
    assertThat(repeatedContent(indicatorEvents)).as("a year's content sent twice in a row").isEmpty();
    assertThat(brokenChains(indicatorEvents)).as("changes that do not apply to the content the year's event before them left").isEmpty();
    assertThat(duplicates(topics.getOrDefault("safeguarding.releases.v1", List.of()), "dataSetId", "version", "status"))
        .as("a release status sent twice").isEmpty();
  }

  /** The public feed of the four LAs' referral rates: what a portal reads. */
  byte[] feed(String publication) {
    String areas = String.join(",", las.stream().map(LocalAuthority::gssCode).toList());
    return given().queryParam("metricType", "referral-rate").queryParam("area", areas)
        .get(publication + "/v1/feed/data.csv").then().statusCode(200).extract().asByteArray();
  }

  static int acceptedReturns(List<String> ids) throws Exception {
    try (Connection c = Settled.database("ingestion");
        PreparedStatement ps = c.prepareStatement("select count(*) from cin_return where id = any(?::uuid[]) and status = 'ACCEPTED'")) {
      ps.setArray(1, c.createArrayOf("text", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  static List<JsonNode> values(List<ConsumerRecord<String, String>> records) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (ConsumerRecord<String, String> r : records == null ? List.<ConsumerRecord<String, String>>of() : records) {
      out.add(JSON.readTree(r.value()));
    }
    return out;
  }

  /** The combinations of these fields that more than one record carries. */
  static List<String> duplicates(List<ConsumerRecord<String, String>> records, String... fields) {
    Map<String, Integer> seen = new HashMap<>();
    for (ConsumerRecord<String, String> r : records) {
      try {
        JsonNode event = JSON.readTree(r.value());
        StringBuilder key = new StringBuilder();
        for (String f : fields) {
          key.append(event.path(f).asText()).append('|');
        }
        seen.merge(key.toString(), 1, Integer::sum);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
  }

  /**
   * Events, across every replica of indicator-service, that a consumer could not apply in topic
   * order: a year's changes whose base is not the content its previous event left (its first
   * event seen here must be a snapshot, or follow one from before this run).
   */
  static List<String> brokenChains(List<ConsumerRecord<String, String>> records) throws Exception {
    Map<String, String> lastHash = new HashMap<>();
    List<String> broken = new ArrayList<>();
    for (JsonNode e : values(records)) {
      String year = e.path("collectionYear").asText();
      String previous = lastHash.put(year, e.path("contentHash").asText());
      if ("CHANGES".equals(e.path("kind").asText()) && previous != null && !previous.equals(e.path("baseContentHash").asText())) {
        broken.add(year + " " + e.path("eventId").asText());
      }
    }
    return broken;
  }

  /**
   * Years whose changes event repeats the content hash of the year's previous event (a snapshot
   * may: the hourly one sends unchanged content again on purpose).
   */
  static List<String> repeatedContent(List<ConsumerRecord<String, String>> records) throws Exception {
    Map<String, String> lastHash = new HashMap<>();
    List<String> repeated = new ArrayList<>();
    for (JsonNode e : values(records)) {
      String year = e.path("collectionYear").asText();
      String hash = e.path("contentHash").asText();
      if (hash.equals(lastHash.put(year, hash)) && "CHANGES".equals(e.path("kind").asText())) {
        repeated.add(year + " " + hash);
      }
    }
    return repeated;
  }
}
