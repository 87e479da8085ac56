package uk.gov.safeguarding.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.EventJson;

/**
 * The relay is woken by the committing transaction, over the real PostgreSQL and Kafka. The test
 * profile polls only every 30 s, so every event here that arrives within seconds was delivered
 * by a wake-up: this instance's after-commit signal, or the NOTIFY that any instance's commit
 * sends to every listener.
 */
@QuarkusTest
class OutboxRelayWakeUpTest {
  private static final Duration WELL_BEFORE_THE_POLL = Duration.ofSeconds(5);
  private static final String AREA = "E92000001";

  @Inject Outbox outbox;
  @Inject OutboxListener listener;
  @Inject AgroalDataSource dataSource;
  @Inject MeterRegistry registry;

  private TestTopic topic;

  record Ping(UUID eventId, String note) {}

  @BeforeEach
  void freshTopic() throws Exception {
    topic = new TestTopic();
    await().atMost(Duration.ofSeconds(30)).until(listener::listening);
  }

  @AfterEach
  void closeTopic() {
    topic.close();
  }

  @Test
  void aCommittedEventReachesKafkaWellBeforeThePoll() {
    UUID id = UUID.randomUUID();
    long start = System.nanoTime();
    QuarkusTransaction.requiringNew().run(() -> outbox.add(topic.name, AREA, id, new Ping(id, "committed")));

    List<ConsumerRecord<String, String>> read = topic.readUntil(carrying(id), WELL_BEFORE_THE_POLL);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(read).anyMatch(carrying(id));
    assertThat(took).isLessThan(WELL_BEFORE_THE_POLL);
    assertThat(read.get(0).key()).isEqualTo(AREA);
    assertThat(registry.get("pipeline.stage").tags("stage", "relay", "service", "platform-common", "event", "Ping").timer().count())
        .isPositive();
  }

  @Test
  void aRowCommittedByAnotherInstanceIsRelayedOnItsNotification() throws Exception {
    assertARowCommittedByAnotherInstanceReachesKafkaWellBeforeThePoll();
  }

  @Test
  void aRolledBackEventNeverReachesKafka() throws Exception {
    UUID rolledBack = UUID.randomUUID();
    assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
      outbox.add(topic.name, AREA, rolledBack, new Ping(rolledBack, "rolled back"));
      throw new IllegalStateException("the business transaction fails after writing its event");
    })).hasMessageContaining("fails after writing");
    UUID later = UUID.randomUUID();
    QuarkusTransaction.requiringNew().run(() -> outbox.add(topic.name, AREA, later, new Ping(later, "committed later")));

    List<ConsumerRecord<String, String>> read = topic.readUntil(carrying(later), WELL_BEFORE_THE_POLL);

    assertThat(read).anyMatch(carrying(later)).noneMatch(carrying(rolledBack));
    assertThat(outboxRows(rolledBack)).isZero();
  }

  @Test
  void theListenerReconnectsWhenItsConnectionIsKilled() throws Exception {
    double reconnects = registry.counter("outbox.listen.reconnects").count();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
            + " where application_name = '" + OutboxListener.APPLICATION_NAME + "' and datname = current_database()")) {
      rs.next();
      assertThat(rs.getInt(1)).isPositive();
    }
    await().atMost(Duration.ofSeconds(10))
        .until(() -> registry.counter("outbox.listen.reconnects").count() > reconnects && listener.listening());

    assertARowCommittedByAnotherInstanceReachesKafkaWellBeforeThePoll();
  }

  @Test
  void eventsCommittedOneAfterAnotherArriveInThatOrder() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      QuarkusTransaction.requiringNew().run(() -> outbox.add(topic.name, AREA, id, new Ping(id, "in order")));
    }

    List<ConsumerRecord<String, String>> read = topic.readUntil(carrying(ids.get(19)), Duration.ofSeconds(10));

    assertThat(read).extracting(r -> EventJson.read(r.value(), Ping.class).eventId()).containsExactlyElementsOf(ids);
  }

  /** What another replica does: its own connection, the same statement, a commit. */
  private void assertARowCommittedByAnotherInstanceReachesKafkaWellBeforeThePoll() throws Exception {
    UUID id = UUID.randomUUID();
    long start = System.nanoTime();
    commitAsAnotherInstance(id);

    List<ConsumerRecord<String, String>> read = topic.readUntil(carrying(id), WELL_BEFORE_THE_POLL);

    assertThat(read).anyMatch(carrying(id));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WELL_BEFORE_THE_POLL);
  }

  private void commitAsAnotherInstance(UUID id) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(Outbox.INSERT_AND_NOTIFY)) {
        ps.setObject(1, id);
        ps.setString(2, topic.brokerName);
        ps.setString(3, AREA);
        ps.setString(4, Ping.class.getSimpleName());
        ps.setString(5, EventJson.write(new Ping(id, "another instance")));
        ps.executeQuery().close();
      }
      c.commit();
    }
  }

  private long outboxRows(UUID id) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select count(*) from outbox where event_id = ?")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static java.util.function.Predicate<ConsumerRecord<String, String>> carrying(UUID id) {
    return r -> r.value().contains(id.toString());
  }
}
