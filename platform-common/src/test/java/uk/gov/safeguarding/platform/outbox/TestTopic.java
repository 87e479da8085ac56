package uk.gov.safeguarding.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** A fresh one-partition topic on the real broker, read from its start. */
final class TestTopic implements AutoCloseable {
  /** The name the outbox is given; the broker's topic carries the test prefix. */
  final String name = "platform.relay-test." + UUID.randomUUID();
  final String brokerName = "test." + name;
  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

  TestTopic() throws Exception {
    String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    Properties admin = new Properties();
    admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin a = Admin.create(admin)) {
      a.createTopics(List.of(new NewTopic(brokerName, 1, (short) 1))).all().get();
    }
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "platform-test-" + UUID.randomUUID());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    TopicPartition partition = new TopicPartition(brokerName, 0);
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
  }

  /** Reads until a record matches or the timeout passes; returns everything read so far. */
  List<ConsumerRecord<String, String>> readUntil(Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (seen.stream().noneMatch(wanted) && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(20)).forEach(seen::add);
    }
    return List.copyOf(seen);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
