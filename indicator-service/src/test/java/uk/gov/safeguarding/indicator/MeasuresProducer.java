package uk.gov.safeguarding.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.events.MeasuresComputed;

/**
 * Test fixture: measure events as ingestion-service emits them, sent to the real broker on
 * test.safeguarding.measures.v1 with a plain Kafka producer (acks=all), keyed by LA.
 */
final class MeasuresProducer implements AutoCloseable {
  static final String TOPIC = "test.safeguarding.measures.v1";

  private final KafkaProducer<String, String> producer;
  private final String topic;

  private MeasuresProducer(KafkaProducer<String, String> producer, String topic) {
    this.producer = producer;
    this.topic = topic;
  }

  /** A producer to the broker the tests run against, on the tests' measures topic. */
  static MeasuresProducer open() {
    return open(TOPIC);
  }

  /** A producer to another measures topic (a test profile with its own topic prefix). */
  static MeasuresProducer open(String topic) {
    Properties p = new Properties();
    p.put("bootstrap.servers", System.getProperty("kafka.bootstrap.servers", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")));
    p.put("key.serializer", StringSerializer.class.getName());
    p.put("value.serializer", StringSerializer.class.getName());
    p.put("acks", "all");
    return new MeasuresProducer(new KafkaProducer<>(p), topic);
  }

  /**
   * A collection year no real data or other test uses, so each test's values and snapshots are
   * its own, however often the suite runs against the same database and broker.
   */
  static int randomYear() {
    return ThreadLocalRandom.current().nextInt(2200, 9000);
  }

  /** A measures event with a fresh event id. */
  static MeasuresComputed event(MeasureSource source, String gss, String old, int year, String returnId, int version, Map<String, BigDecimal> counts) {
    return new MeasuresComputed(MeasuresComputed.SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), source, gss, old, year, returnId, version, 0, "hash-" + version, counts, Map.of());
  }

  /** Sends the event and waits for the broker's acknowledgement. */
  void send(MeasuresComputed e) throws Exception {
    producer.send(new ProducerRecord<>(topic, e.laCode(), EventJson.write(e))).get();
  }

  @Override
  public void close() {
    producer.close();
  }
}
