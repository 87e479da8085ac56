package uk.gov.safeguarding.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.platform.messaging.PipelineStages;
import uk.gov.safeguarding.platform.work.CoalescingWorker;

/**
 * Relays outbox rows to Kafka in insertion order, at least once: a row is marked sent only after
 * the broker acknowledged it, so a broker outage delays events but never loses them. Consumers
 * deduplicate by event id. With several instances of a service, one relays at a time: each batch
 * runs under a transaction-scoped advisory lock that the others skip, so rows reach the broker in
 * insertion order (per-key order holds across replicas) and none is sent twice by two relays; the
 * rows are also claimed {@code FOR UPDATE SKIP LOCKED}.
 *
 * <p>The relay runs when woken: by a committed outbox write in this instance, by a {@code NOTIFY}
 * from any instance ({@link OutboxListener}), and by a slow poll ({@code outbox.relay.interval},
 * 1 s) that covers anything the signals missed, such as rows written while the listener was
 * reconnecting. Wake-ups coalesce ({@link CoalescingWorker}): those during a run make one more
 * run after it, so a row committed during a run is picked up by the next. Each relayed row records its lag from
 * being written to the broker's acknowledgement as {@code pipeline.stage{stage=relay}}.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  @Inject AgroalDataSource dataSource;
  @Inject PipelineStages stages;
  @Inject UntilStarted started;

  @Inject
  @Channel("outbox")
  Emitter<String> emitter;

  @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "100")
  int batchSize;

  @ConfigProperty(name = "outbox.relay.enabled", defaultValue = "true")
  boolean enabled;

  @ConfigProperty(name = "outbox.relay.send-timeout-seconds", defaultValue = "10")
  int sendTimeoutSeconds;

  private final Counter relayed;
  private final Counter failures;
  private final CoalescingWorker worker = new CoalescingWorker("outbox-relay", this::relayPending);

  @Inject
  public OutboxRelay(MeterRegistry registry) {
    this.relayed = registry.counter("outbox.relayed");
    this.failures = registry.counter("outbox.relay.failures");
  }

  /** The fallback poll: everything the wake-ups missed is relayed within one interval. */
  @Scheduled(every = "${outbox.relay.interval:1s}", skipExecutionIf = UntilStarted.class)
  void poll() {
    wake();
  }

  /** Asks for a relay run soon; returns at once. Wake-ups during a run make one more run after it. */
  public void wake() {
    worker.request();
  }

  @PreDestroy
  void stop() {
    worker.stop();
  }

  void relayPending() {
    if (!enabled || !started.started() || !emitter.hasRequests()) {
      // not yet connected to the Kafka connector at start-up, or its in-flight window is full: the poll retries
      return;
    }
    try {
      while (relayBatch() == batchSize) {
        // keep draining while full batches come back
      }
    } catch (Exception e) {
      failures.increment();
      LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
    }
  }

  /** Sends one batch and marks it sent; returns how many rows were sent. */
  int relayBatch() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      if (!relayLock(c)) {
        c.rollback();
        return 0; // another instance is relaying; its batches keep insertion order
      }
      List<Row> rows = claim(c);
      try {
        for (Row row : rows) {
          send(row);
          stages.record("relay", row.type(), Duration.between(row.createdAt(), Instant.now()));
        }
        markSent(c, rows);
        c.commit();
        relayed.increment(rows.size());
        return rows.size();
      } catch (Exception e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static boolean relayLock(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(hashtext('outbox-relay'))");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  private List<Row> claim(Connection c) throws SQLException {
    String sql = "select id, topic, event_key, event_type, payload, created_at from outbox"
        + " where sent_at is null order by id limit ? for update skip locked";
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, batchSize);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getTimestamp(6).toInstant()));
        }
      }
    }
    return rows;
  }

  private void send(Row row) throws Exception {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    Message<String> message =
        Message.of(row.payload())
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withTopic(row.topic()).withKey(row.key()).build())
            .withAck(() -> {
              acked.complete(null);
              return CompletableFuture.completedFuture(null);
            })
            .withNack(t -> {
              acked.completeExceptionally(t);
              return CompletableFuture.completedFuture(null);
            });
    emitter.send(message);
    acked.get(sendTimeoutSeconds, TimeUnit.SECONDS);
  }

  private static void markSent(Connection c, List<Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("update outbox set sent_at = now() where id = ?")) {
      for (Row row : rows) {
        ps.setLong(1, row.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private record Row(long id, String topic, String key, String type, String payload, Instant createdAt) {}
}
