package uk.gov.safeguarding.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.safeguarding.evidence.Fixtures.asLa;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.LocalMeasuresPublished;
import uk.gov.safeguarding.events.Topics;

/** Over the real Kafka broker: public local measures leave through the outbox as aggregate events. */
@QuarkusTest
class LocalMeasuresPublicationTest {
  private static final String LA = "304"; // Brent
  private static final String LA_GSS = "E09000005";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @ConfigProperty(name = "events.topic-prefix")
  String prefix;

  private KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  @BeforeEach
  void subscribe() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "evidence-test-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    consumer = new KafkaConsumer<>(p);
    consumer.subscribe(List.of(prefix + Topics.EVIDENCE));
  }

  @AfterEach
  void close() {
    consumer.close();
  }

  private List<LocalMeasuresPublished> eventsFor(String period) {
    consumer.poll(Duration.ofMillis(300)).forEach(seen::add);
    List<LocalMeasuresPublished> out = new ArrayList<>();
    for (ConsumerRecord<String, String> r : seen) {
      LocalMeasuresPublished e = EventJson.read(r.value(), LocalMeasuresPublished.class);
      if (period.equals(e.period()) && LA.equals(e.oldLaCode())) {
        assertThat(r.key()).isEqualTo(LA_GSS);
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void publicMeasuresAreAnnouncedWhenSubmittedAndWithdrawnWhenTheRecordReturnsToDraft() {
    String period = Fixtures.uniquePeriod();
    String measureId = "feel-safe-at-home-" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> body = Fixtures.evidence(period, "PUBLIC");
    body.put("measures", List.of(Fixtures.measure(measureId, 198, 240, true), Fixtures.measure("not-public-" + measureId, 1, 2, false)));
    String id = Fixtures.create(LA, body);

    // a private record's change announces nothing
    Fixtures.move(LA, Fixtures.create(LA, Fixtures.evidence(period, "PRIVATE")), "SUBMITTED", null);

    Fixtures.move(LA, id, "SUBMITTED", null);
    List<LocalMeasuresPublished> events =
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> eventsFor(period), list -> !list.isEmpty());
    LocalMeasuresPublished first = events.get(0);
    assertThat(events).hasSize(1);
    assertThat(first.laCode()).isEqualTo(LA_GSS);
    assertThat(first.schemaVersion()).isEqualTo(LocalMeasuresPublished.SCHEMA_VERSION);
    assertThat(first.measures()).singleElement().satisfies(m -> {
      assertThat(m.measureId()).isEqualTo(measureId);
      assertThat(m.numerator()).isEqualByComparingTo(new BigDecimal("198"));
      assertThat(m.denominator()).isEqualByComparingTo(new BigDecimal("240"));
      assertThat(m.questionId()).isEqualTo("OUT-1");
      assertThat(m.theme()).isEqualTo("OUTCOMES");
      assertThat(m.unit()).isEqualTo("percent");
    });

    Fixtures.move(LA, id, "DRAFT", "Numbers to be re-checked");
    List<LocalMeasuresPublished> after =
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> eventsFor(period), list -> list.size() >= 2);
    assertThat(after).hasSize(2);
    assertThat(after.get(1).revision()).isEqualTo(first.revision() + 1);
    assertThat(after.get(1).measures()).isEmpty();
  }

  @Test
  void anLaPublishesEachMeasureOncePerPeriodAndARejectedSubmissionChangesNothing() {
    String period = Fixtures.uniquePeriod();
    String measureId = "feel-safe-at-school-" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> body = Fixtures.evidence(period, "PUBLIC");
    body.put("measures", List.of(Fixtures.measure(measureId, 50, 80, true)));
    Fixtures.move(LA, Fixtures.create(LA, body), "SUBMITTED", null);
    String second = Fixtures.create(LA, body);

    String rule =
        asLa(LA)
            .body(Map.of("status", "SUBMITTED"))
            .post("/v1/local-authorities/" + LA + "/evidence/" + second + "/status")
            .then()
            .statusCode(409)
            .contentType("application/problem+json")
            .extract()
            .path("type");
    assertThat(rule).isEqualTo("urn:safeguarding:problem:conflict");
    assertThat(asLa(LA).get("/v1/local-authorities/" + LA + "/evidence/" + second).then().extract().<String>path("status")).isEqualTo("DRAFT");
    assertThat(asLa(LA).get("/v1/local-authorities/" + LA + "/evidence/" + second + "/status-history").then().extract().jsonPath().getList("toStatus"))
        .containsExactly("DRAFT");
  }
}
