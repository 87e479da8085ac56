package uk.gov.safeguarding.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.events.EventJson;
import uk.gov.safeguarding.platform.messaging.IdempotentConsumer.Outcome;

/**
 * The consumer template over the real PostgreSQL: the dedupe mark and the effect (a row in
 * {@code consumed_effect}) commit or roll back together. The test profile gives up redelivering
 * after 2 s.
 */
@QuarkusTest
class IdempotentConsumerTest {
  private static final EventKind<Noted> NOTED =
      EventKind.of("test.noted.v1", Noted.class, Noted::eventId, Noted::occurredAt).requiring(e -> e.value() != null);

  @Inject IdempotentConsumer consumer;
  @Inject AgroalDataSource dataSource;
  @Inject MeterRegistry registry;

  record Noted(UUID eventId, Instant occurredAt, String value) {}

  @Test
  void aRedeliveredEventIsAppliedOnce() throws Exception {
    String payload = payload(new Noted(UUID.randomUUID(), Instant.now(), "once"));

    Outcome first = consumer.consume(NOTED, payload, this::store);
    Outcome second = consumer.consume(NOTED, payload, this::store);

    assertThat(first).isEqualTo(Outcome.APPLIED);
    assertThat(second).isEqualTo(Outcome.DUPLICATE);
    assertThat(effects(EventJson.read(payload, Noted.class).eventId())).isEqualTo(1);
  }

  @Test
  void aFailedEffectRollsBackTheDedupeMarkSoTheRetryAppliesIt() throws Exception {
    Noted event = new Noted(UUID.randomUUID(), Instant.now(), "after a fault");
    AtomicInteger attempts = new AtomicInteger();

    Outcome outcome = consumer.consume(NOTED, payload(event), e -> {
      store(e); // written, then undone with the mark when the attempt fails
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalStateException("the database went away");
      }
    });

    assertThat(outcome).isEqualTo(Outcome.APPLIED);
    assertThat(attempts).hasValue(2);
    assertThat(effects(event.eventId())).isEqualTo(1);
  }

  @Test
  void aFaultThatOutlastsRedeliveryLeavesTheEventUnmarkedForTheNextDelivery() throws Exception {
    Noted event = new Noted(UUID.randomUUID(), Instant.now(), "never stored");

    assertThatThrownBy(() -> consumer.consume(NOTED, payload(event), e -> {
      store(e);
      throw new IllegalStateException("still down");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(marked(event.eventId())).isFalse();
    assertThat(effects(event.eventId())).isZero();
    assertThat(consumer.consume(NOTED, payload(event), this::store)).isEqualTo(Outcome.APPLIED);
    assertThat(effects(event.eventId())).isEqualTo(1);
  }

  @Test
  void aPoisonEventIsRolledBackMarkedAndNotTriedAgain() throws Exception {
    Noted event = new Noted(UUID.randomUUID(), Instant.now(), "contradicts itself");
    double poisoned = poisonCount();
    AtomicInteger attempts = new AtomicInteger();
    Consumer<Noted> rejecting = e -> {
      attempts.incrementAndGet();
      store(e);
      throw new PoisonEvent("its values do not add up");
    };

    Outcome first = consumer.consume(NOTED, payload(event), rejecting);
    Outcome redelivered = consumer.consume(NOTED, payload(event), rejecting);

    assertThat(first).isEqualTo(Outcome.POISON);
    assertThat(redelivered).isEqualTo(Outcome.DUPLICATE);
    assertThat(attempts).hasValue(1);
    assertThat(effects(event.eventId())).isZero();
    assertThat(marked(event.eventId())).isTrue();
    assertThat(poisonCount()).isEqualTo(poisoned + 1);
  }

  @Test
  void unreadableAndIncompleteRecordsAreSkippedWithoutTouchingTheEffect() {
    AtomicInteger applied = new AtomicInteger();

    assertThat(consumer.consume(NOTED, "{not json", e -> applied.incrementAndGet())).isEqualTo(Outcome.SKIPPED);
    assertThat(consumer.consume(NOTED, null, e -> applied.incrementAndGet())).isEqualTo(Outcome.SKIPPED);
    assertThat(consumer.consume(NOTED, payload(new Noted(null, Instant.now(), "no id")), e -> applied.incrementAndGet()))
        .isEqualTo(Outcome.SKIPPED);
    assertThat(consumer.consume(NOTED, payload(new Noted(UUID.randomUUID(), Instant.now(), null)), e -> applied.incrementAndGet()))
        .isEqualTo(Outcome.SKIPPED);
    assertThat(applied).hasValue(0);
  }

  @Test
  void recordsTheConsumeStageAndTheEventsAge() {
    Instant fiveSecondsAgo = Instant.now().minus(5, ChronoUnit.SECONDS);

    consumer.consume(NOTED, payload(new Noted(UUID.randomUUID(), fiveSecondsAgo, "timed")), this::store);

    var consume = registry.get("pipeline.stage").tags("stage", "consume", "service", "platform-common", "event", "Noted").timer();
    var age = registry.get("pipeline.event.age").tags("service", "platform-common", "event", "Noted").timer();
    assertThat(consume.count()).isPositive();
    assertThat(age.max(java.util.concurrent.TimeUnit.SECONDS)).isGreaterThanOrEqualTo(5);
  }

  private void store(Noted event) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("insert into consumed_effect (event_id, value) values (?, ?)")) {
      ps.setObject(1, event.eventId());
      ps.setString(2, event.value());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long effects(UUID id) throws SQLException {
    return count("select count(*) from consumed_effect where event_id = ?", id);
  }

  private boolean marked(UUID id) throws SQLException {
    return count("select count(*) from processed_event where event_id = ?", id) == 1;
  }

  private long count(String sql, UUID id) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private double poisonCount() {
    return registry.counter("messaging.poison", "service", "platform-common", "event", "Noted").count();
  }

  private static String payload(Noted event) {
    return EventJson.write(event);
  }
}
