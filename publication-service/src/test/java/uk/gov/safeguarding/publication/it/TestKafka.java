package uk.gov.safeguarding.publication.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.gov.safeguarding.events.EventJson;

/** Plain Kafka clients against the real broker, on the test-prefixed topics. */
final class TestKafka {
  private TestKafka() {}

  static String bootstrap() {
    return ConfigProvider.getConfig().getOptionalValue("kafka.bootstrap.servers", String.class).orElse("localhost:9092");
  }

  static void send(String topic, String key, Object event) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20_971_520);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, key, EventJson.write(event))).get();
    } catch (Exception e) {
      throw new IllegalStateException("Could not produce to " + topic, e);
    }
  }

  /** A consumer positioned at the current end of every partition of the topic. */
  static KafkaConsumer<String, String> tail(String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "publication-test-" + UUID.randomUUID());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(10));
    List<TopicPartition> partitions = new ArrayList<>();
    if (topics.containsKey(topic)) {
      topics.get(topic).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
    } else {
      partitions.add(new TopicPartition(topic, 0));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    return consumer;
  }

  static List<String> poll(KafkaConsumer<String, String> consumer) {
    List<String> values = new ArrayList<>();
    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
      values.add(r.value());
    }
    return values;
  }
}
