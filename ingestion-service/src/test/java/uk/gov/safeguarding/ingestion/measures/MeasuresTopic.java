package uk.gov.safeguarding.ingestion.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.MeasuresComputed;
import uk.gov.safeguarding.events.Topics;

/**
 * Reads the test-prefixed measures topic of the real broker with a plain KafkaConsumer and a
 * unique group id, as any downstream consumer would.
 */
public final class MeasuresTopic implements AutoCloseable {
  public static final String TOPIC = "test." + Topics.MEASURES;
  /** Names of child-level items that must never appear in an event. */
  private static final Pattern CHILD_LEVEL =
      Pattern.compile("(?i)\"(lachildid|lachild_id|childid|child_key|upn|formerupn|personbirthdate|birthdate|dateofbirth|expectedpersonbirthdate|persondeathdate|ethnicity|sex|gendercurrent|disabilit\\w*)\"");

  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  public MeasuresTopic() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"));
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "ingestion-measures-test-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    consumer = new KafkaConsumer<>(p);
    consumer.subscribe(List.of(TOPIC));
  }

  /** Waits for records matching the predicate; returns the matching records (key and raw JSON). */
  public List<ConsumerRecord<String, String>> await(Predicate<MeasuresComputed> match, int expected) {
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
              found.clear();
              seen.stream().filter(r -> match.test(EventJson.read(r.value(), MeasuresComputed.class))).forEach(found::add);
              return found.size() >= expected;
            });
    return found;
  }

  /** Asserts the raw event JSON carries no child-level field. */
  public static void assertNoChildLevelFields(String json) {
    assertThat(CHILD_LEVEL.matcher(json).find()).as("child-level field in event %s", json).isFalse();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
