package uk.gov.safeguarding.ingestion.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.safeguarding.ingestion.cin.CinXml.child;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.Topics;
import uk.gov.safeguarding.ingestion.cin.CinXml;
import uk.gov.safeguarding.ingestion.cin.rules.SyntheticReturn;
import uk.gov.safeguarding.testsupport.KeycloakTokens;

/**
 * CIN returns over real PostgreSQL, Kafka and Keycloak tokens. Every payload carries a fresh
 * nonce (in Source/Release) so the tests re-run against a database holding earlier runs. LAs
 * 805-807 are used only here.
 */
@QuarkusTest
class ReturnsFlowTest {
  private static final String LA = "805";
  private static final String OTHER_LA = "806";

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @ConfigProperty(name = "events.topic-prefix")
  String prefix;

  private static String unique(String xml) {
    return xml.replace("<Release>1</Release>", "<Release>" + UUID.randomUUID() + "</Release>");
  }

  private static String validReturn(String lea) {
    return unique(CinXml.message(2025, lea, child("V1"), child("V2").with("<UPN>R301123456789</UPN>", "<UPN>L301987654321</UPN>")));
  }

  private static Response post(String token, String xml) {
    return given().auth().oauth2(token).contentType("application/xml").body(xml.getBytes(StandardCharsets.UTF_8)).when().post("/v1/returns/cin");
  }

  private long rows(String table) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Long> counts() {
    return Map.of("cin_return", rows("cin_return"), "cin_child", rows("cin_child"), "cin_return_issue", rows("cin_return_issue"), "outbox", rows("outbox"));
  }

  @Test
  void acceptsAValidReturnStoresItsChildrenAndPublishesMeasuresOverKafka() {
    String body = validReturn(LA);
    Response r = post(KeycloakTokens.forLa(LA), body);
    r.then().statusCode(201).header("Location", containsString("/v1/returns/"))
        .body("status", equalTo("ACCEPTED")).body("laCode", equalTo(LA)).body("collectionYear", equalTo(2025))
        .body("children", equalTo(2)).body("errors", equalTo(0)).body("version", greaterThan(0)).body("contentHash.length()", equalTo(64));
    String id = r.path("id");
    assertThat(r.header("Location")).endsWith("/v1/returns/" + id);

    given().auth().oauth2(KeycloakTokens.forLa(LA)).get("/v1/returns/" + id).then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("ACCEPTED"));
    given().auth().oauth2(KeycloakTokens.dfeAnalyst()).get("/v1/returns/" + id).then().statusCode(200);
    given().auth().oauth2(KeycloakTokens.forLa(OTHER_LA)).get("/v1/returns/" + id).then().statusCode(403).contentType("application/problem+json");
    given().get("/v1/returns/" + id).then().statusCode(401);
    given().auth().oauth2(KeycloakTokens.admin()).queryParam("subjectId", id).get("/v1/audit")
        .then().statusCode(200).body(containsString("RETURN_SUBMITTED")).body(containsString("ACCEPTED"));

    try (Connection c = dataSource.getConnection();
        var ps = c.prepareStatement("select count(*) from cin_child where return_id = ?::uuid")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(2);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }

    // the measures of the accepted version reach the (test-prefixed) topic through the outbox
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "returns-flow-test-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(prefix + Topics.MEASURES));
      String[] found = new String[1];
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
        for (ConsumerRecord<String, String> rec : consumer.poll(Duration.ofMillis(500))) {
          if (rec.value().contains(id)) {
            found[0] = rec.value();
          }
        }
        return found[0] != null;
      });
      assertThat(found[0]).contains("\"collectionYear\":2025").doesNotContain("V1", "R301123456789", "2015-06-01");
    }
  }

  @Test
  void rejectsAReturnWithErrorsAndKeepsItsReportForTheLaOnly() {
    String body = unique(CinXml.message(2025, LA, child("R1"), child("R2").with("<Sex>M</Sex>", "<Sex>X</Sex>").with("<UPN>R301123456789</UPN>", "<UPN>L301987654321</UPN>")));
    long outboxBefore = rows("outbox");
    Response r = post(KeycloakTokens.forLa(LA), body);
    r.then().statusCode(201).body("status", equalTo("REJECTED")).body("errors", greaterThan(0));
    String id = r.path("id");
    assertThat(rows("outbox")).isEqualTo(outboxBefore);

    given().auth().oauth2(KeycloakTokens.forLa(LA)).get("/v1/returns/" + id + "/issues").then().statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("children.find { it.rule == '4180' }.laChildId", equalTo("R2"))
        .body("children.find { it.rule == '4180' }.value", equalTo("X"))
        .body("children.find { it.rule == '4180' }.type", equalTo("ERROR"))
        .body("children.find { it.rule == '4180' }.line", greaterThan(3))
        .body("rules.rule", hasItem("4180"))
        .body("returnLevel.rule", hasItem("2887Q"))
        .body("returnLevel.laChildId", everyItem(equalTo(null)));

    String csv = given().auth().oauth2(KeycloakTokens.forLa(LA)).accept("text/csv").get("/v1/returns/" + id + "/issues").then().statusCode(200)
        .contentType(startsWith("text/csv")).extract().asString();
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("scope,rule,type,module,message,laChildId,line,path,field,value");
    assertThat(csv).contains("CHILD,4180,ERROR,ChildIdentifiers").contains("RETURN,2887Q,QUERY");

    given().auth().oauth2(KeycloakTokens.forLa(OTHER_LA)).get("/v1/returns/" + id + "/issues").then().statusCode(403);
    given().auth().oauth2(KeycloakTokens.publisher()).get("/v1/returns/" + id + "/issues").then().statusCode(200);
  }

  @Test
  void malformedXmlIsAProblemWithLineAndColumnAndStoresNothing() {
    Map<String, Long> before = counts();
    String broken = validReturn(LA).replace("</CINreferralDate>", "</CINreferral>");
    post(KeycloakTokens.forLa(LA), broken).then().statusCode(400).contentType("application/problem+json")
        .body("detail", containsString("line 4")).body("errors[0].path", containsString("line 4, column")).body("errors[0].rule", equalTo("WellFormedXml"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aReturnBrokenAfterThousandsOfChildrenWereStreamedToTheDatabaseStoresNothing() throws IOException {
    Map<String, Long> before = counts();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticReturn.write(out, LA, 3_000, UUID.randomUUID().toString());
    String xml = out.toString(StandardCharsets.UTF_8);
    int cut = xml.lastIndexOf("</Child>");
    String broken = xml.substring(0, cut) + "</Chlid>" + xml.substring(cut + "</Child>".length());
    post(KeycloakTokens.forLa(LA), broken).then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].rule", equalTo("WellFormedXml"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void hostileXmlIsRefusedAndStoresNothing() {
    Map<String, Long> before = counts();
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><Message><Children>&xxe;</Children></Message>";
    post(KeycloakTokens.forLa(LA), xxe).then().statusCode(400).contentType("application/problem+json");
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><Message><Children>&c;</Children></Message>";
    post(KeycloakTokens.forLa(LA), laughs).then().statusCode(400).contentType("application/problem+json");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void anXIncludeOrOtherElementOutsideTheSchemaIsRefusedAndStoresNothing() {
    Map<String, Long> before = counts();
    String xinclude = validReturn(LA).replace("<Children>", "<Children xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/>");
    post(KeycloakTokens.forLa(LA), xinclude).then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].rule", equalTo("UnknownElement")).body("errors[0].path", equalTo("/Message/Children/xi:include"))
        .body("errors[0].message", containsString("line 3, column ")).body("detail", not(containsString("root:")));
    String unknown = validReturn(LA).replace("<ReferralNFA>", "<Comment>x</Comment><ReferralNFA>");
    post(KeycloakTokens.forLa(LA), unknown).then().statusCode(400).body("errors[0].path", equalTo("/Message/Children/Child[1]/CINdetails[1]/Comment"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void aReturnForAnotherLocalAuthorityIsForbiddenAndStoresNothing() {
    Map<String, Long> before = counts();
    post(KeycloakTokens.forLa(LA), validReturn(OTHER_LA)).then().statusCode(403).contentType("application/problem+json");
    post(KeycloakTokens.dfeAnalyst(), validReturn(LA)).then().statusCode(403);
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void anUnsupportedCollectionYearIsRefused() {
    Map<String, Long> before = counts();
    String y2021 = unique(CinXml.message(2021, LA, child()));
    post(KeycloakTokens.forLa(LA), y2021).then().statusCode(400).contentType("application/problem+json")
        .body("errors[0].path", equalTo("/Message/Header/CollectionDetails/Year")).body("errors[0].rule", equalTo("CollectionYear"));
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void oversizedBodiesAreRefusedWhileStreamingIncludingGzipBombs() throws IOException {
    Map<String, Long> before = counts();
    // the %test limit is 16 MB: 17 MB of XML
    StringBuilder big = new StringBuilder(validReturn(LA));
    String filler = "<!--" + "x".repeat(1000) + "-->\n";
    big.insert(big.indexOf("<Children>"), filler.repeat(17_000));
    post(KeycloakTokens.forLa(LA), big.toString()).then().statusCode(413).contentType("application/problem+json").body("errors[0].rule", equalTo("MaxBodySize"));
    // a few KB of gzip expanding past the limit
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("<Message>".getBytes(StandardCharsets.UTF_8));
      byte[] empties = "<x/>".repeat(1 << 18).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 20; i++) {
        gz.write(empties);
      }
    }
    assertThat(bytes.size()).isLessThan(100_000);
    given().auth().oauth2(KeycloakTokens.forLa(LA)).contentType("application/xml").header("Content-Encoding", "gzip").body(bytes.toByteArray())
        .post("/v1/returns/cin").then().statusCode(413).contentType("application/problem+json");
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void theSamePayloadOrIdempotencyKeyAnswersTheExistingVersion() throws IOException {
    String body = validReturn(LA);
    String token = KeycloakTokens.forLa(LA);
    String id = post(token, body).then().statusCode(201).extract().path("id");
    post(token, body).then().statusCode(200).body("id", equalTo(id)).header("Location", containsString(id));

    // gzip of the same content is the same payload
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(body.getBytes(StandardCharsets.UTF_8));
    }
    given().auth().oauth2(token).contentType("application/xml").header("Content-Encoding", "gzip").body(bytes.toByteArray())
        .post("/v1/returns/cin").then().statusCode(200).body("id", equalTo(id));

    String key = "key-" + UUID.randomUUID();
    String keyed = given().auth().oauth2(token).contentType("application/xml").header("Idempotency-Key", key).body(validReturn(LA))
        .post("/v1/returns/cin").then().statusCode(201).extract().path("id");
    given().auth().oauth2(token).contentType("application/xml").header("Idempotency-Key", key).body(validReturn(LA))
        .post("/v1/returns/cin").then().statusCode(200).body("id", equalTo(keyed));
  }

  @Test
  void versionsAreListedPerLaAndScopedForLaTokens() {
    String token = KeycloakTokens.forLa("807");
    post(token, validReturn("807")).then().statusCode(201);
    post(token, validReturn("807")).then().statusCode(201);
    given().auth().oauth2(token).queryParam("collectionYear", 2025).get("/v1/returns").then().statusCode(200)
        .body("laCode", everyItem(equalTo("807"))).body("size()", greaterThan(1));
    given().auth().oauth2(token).queryParam("la", LA).get("/v1/returns").then().statusCode(403);
    given().auth().oauth2(KeycloakTokens.admin()).queryParam("collectionYear", 2025).queryParam("la", "807").get("/v1/returns").then().statusCode(200)
        .body("laCode", everyItem(equalTo("807")));
    List<Integer> versions = given().auth().oauth2(token).queryParam("collectionYear", 2025).get("/v1/returns").then().extract().path("version");
    assertThat(versions).isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void theRulesInForceAreListedByCollectionYear() {
    given().get("/v1/cin/rules?collectionYear=2025").then().statusCode(200).body("$", hasSize(109)).body("[0].code", equalTo("100"));
    given().get("/v1/cin/rules?collectionYear=2024").then().statusCode(200).body("$", hasSize(103));
    given().get("/v1/cin/rules?collectionYear=2021").then().statusCode(400).contentType("application/problem+json").body("errors[0].path", equalTo("collectionYear"));
  }
}
